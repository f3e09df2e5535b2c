// RACI over documents' duties: who leads (L), supports (S) or is reported to (R), as a grid and as CSV.
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { AgencyModel } from '../../db/queries/agencies.ts';
import type { DocumentModel } from '../../db/queries/documents.ts';
import type { DutyModel } from '../../db/queries/duties.ts';
import { raciCsv, raciRows } from '../../search/raci-table.ts';
import type { RaciCellModel } from '../../search/raci-table.ts';

const MAX_DOCUMENTS = 50;

interface RaciModel {
  agencies: AgencyModel[];
  duties: DutyModel[];
  cells: RaciCellModel[];
  csv: string;
}

const RaciCellRef = builder.objectRef<RaciCellModel>('RaciCell').implement({
  fields: (t) => ({
    agencyId: t.exposeID('agencyId'),
    dutyId: t.exposeID('dutyId'),
    mark: t.exposeString('mark', { description: 'L leads, S supports or collaborates, R is reported to (the strongest when several)' }),
  }),
});

const RaciRef = builder.objectRef<RaciModel>('Raci').implement({
  fields: (t) => ({
    agencies: t.field({ type: ['Agency'], description: 'Columns: agencies with a mark, leads first', resolve: (r) => r.agencies }),
    duties: t.field({ type: ['Duty'], description: 'Rows: one duty per task; a duty borne jointly is one row', resolve: (r) => r.duties }),
    cells: t.field({ type: [RaciCellRef], resolve: (r) => r.cells }),
    csv: t.exposeString('csv', { description: 'Semicolon-separated, CRLF, UTF-8 with BOM: opens in Excel with its diacritics' }),
  }),
});

function documentLabel(d: DocumentModel | undefined): string {
  if (!d) return '';
  return d.number ? `${d.kind} ${d.number}` : [d.kind, d.title].filter(Boolean).join(' ');
}

builder.queryFields((t) => ({
  raci: t.field({
    type: RaciRef,
    args: { documentIds: t.arg.idList({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const ids = [...new Set(args.documentIds.map(String))];
      if (ids.length === 0 || ids.length > MAX_DOCUMENTS) {
        throw new GraphQLError(`Cần từ 1 đến ${MAX_DOCUMENTS} văn bản`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const [dutyLists, docs] = await Promise.all([ctx.loaders.dutiesOfDocument.loadMany(ids), ctx.loaders.document.loadMany(ids)]);
      const duties = dutyLists.filter((l): l is DutyModel[] => Array.isArray(l)).flat();
      const partners = (await ctx.loaders.partnersOfDuty.loadMany(duties.map((d) => d.id))).filter((p) => Array.isArray(p)).flat();
      const rows = raciRows(duties, partners);
      const agencies = (await ctx.loaders.agency.loadMany(rows.agencyIds)).filter((a): a is AgencyModel => a !== null && !(a instanceof Error));
      const names = new Map(agencies.map((a) => [a.id, a.name]));
      const documents = new Map(docs.filter((d): d is DocumentModel => d !== null && !(d instanceof Error)).map((d) => [d.id, d]));
      const csv = raciCsv(rows, { agency: (id) => names.get(id) ?? id, document: (id) => documentLabel(documents.get(id)) });
      return { agencies, duties: rows.duties, cells: rows.cells, csv };
    },
  }),
}));
