// The nationwide cascade: the centre's texts, then for every province, district and commune chosen
// at this scale the texts that re-issue and carry out 23-QĐ/TW; one document at a time, in order.
import { basename } from 'node:path';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { ParsedDocument } from '../parsed-document.ts';
import type { Commune } from './communes.ts';
import { CENTRAL, LAWS, chained, dateAfter, mention, type CitedDocument } from './cited-documents.ts';
import { writeCentralDecision, partyBases, writeRegulation } from './compose-regulation.ts';
import { writeCoordination, writePlan } from './compose-coordination.ts';
import { writeConclusion114, writeDirective33, writeProvinceLetter } from './compose-letters.ts';
import type { DocumentBuilder, Phrase } from './document-builder.ts';
import { Random } from './random.ts';
import { selectUnits, type DistrictPlan, type ProvincePlan } from './select-units.ts';
import { communeNames, districtNames, provinceNames, unitBodies, type UnitNames } from './unit-bodies.ts';
import { upper, type DateParts } from './write-parts.ts';

export interface GeneratedDocument {
  /** path under the output's text directory: "<province>/<district>/<file>" */
  path: string;
  text: string;
  /** what the parser should read from the text */
  reading: ParsedDocument;
}

export interface GenerateOptions {
  scale: number;
  seed: number;
}

/** How often the texts carry the mistakes real ones do. */
const DEFECTS = { wrongSuffix: 0.03, caseVariant: 0.03, blankNumber: 0.02, blankDay: 0.02 };

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The parser names a document by its file's base name: the reading does too. */
function finish(path: string, builder: DocumentBuilder): GeneratedDocument {
  const { text, reading } = builder.finish();
  return { path, text, reading: { ...reading, file: basename(path) } };
}

/** The documents of a run, lazily: a caller can write each and forget it. */
export function* generateCorpus(options: GenerateOptions): Generator<GeneratedDocument> {
  const parts = corpusParts(options);
  for (let k = 0; k < parts.length; k += 1) yield* partDocuments(options, k);
}

/**
 * A run in independent parts, in output order: the centre, then one part per province. Each part
 * draws from its own seeds, so parts can be written apart and joined in order byte for byte.
 */
export function corpusParts(options: GenerateOptions): Array<{ key: string; weight: number }> {
  const provinces = selectUnits(options.scale, options.seed);
  return [
    { key: 'centre', weight: 1 },
    ...provinces.map((p) => ({ key: p.unit.code, weight: 2 + p.districts.reduce((n, d) => n + 3 + 2 * d.communes.length, 0) })),
  ];
}

export function* partDocuments(options: GenerateOptions, index: number): Generator<GeneratedDocument> {
  if (index === 0) {
    const rng = Random.of(options.seed, 'centre');
    yield finish('trung-uong/tw-23-qd-tw.txt', writeCentralDecision(rng));
    yield finish('trung-uong/tw-114-kl-tw.txt', writeConclusion114(rng));
    yield finish('trung-uong/tw-33-ct-ttg.txt', writeDirective33(rng));
    return;
  }
  const province = selectUnits(options.scale, options.seed)[index - 1];
  if (province) yield* provinceDocuments(province, options.seed);
}

/** How many documents a run would hold, without writing any text. */
export function plannedUnits(options: GenerateOptions): { provinces: number; districts: number; communes: number } {
  const units = selectUnits(options.scale, options.seed);
  const districts = units.flatMap((p) => p.districts);
  return { provinces: units.length, districts: districts.length, communes: districts.reduce((n, d) => n + d.communes.length, 0) };
}

interface ProvinceContext {
  names: UnitNames;
  plan: ProvincePlan;
  regulation: CitedDocument;
  programme: CitedDocument;
  placeLine: string;
}

function provincePlace(names: UnitNames): string {
  return names.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : names.name;
}

function* provinceDocuments(plan: ProvincePlan, seed: number): Generator<GeneratedDocument> {
  const rng = Random.of(seed, 'province', plan.unit.code);
  const names = provinceNames(plan.unit);
  const c = names.committee;
  const decisionDate = dateAfter(CENTRAL.qd23, rng, 45, 200);
  const regulation: CitedDocument = {
    number: `${rng.int(250, 1400)}-QĐ/TU`,
    kindWord: 'Quyết định',
    ...decisionDate,
    issuer: `Ban Thường vụ ${c} ${names.name}`,
    subject: 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
  };
  const programme: CitedDocument = {
    number: `${pad2(rng.int(5, 20))}-CTr/TU`,
    kindWord: 'Chương trình hành động',
    day: rng.int(3, 28),
    month: rng.int(3, 6),
    year: 2021,
    issuer: c,
    subject: 'cải cách hành chính, trọng tâm là cải cách thủ tục hành chính giai đoạn 2021 - 2025',
  };
  const old: CitedDocument | null = rng.chance(0.4)
    ? { number: `${rng.int(100, 3900)}-QĐ/TU`, kindWord: 'Quyết định', day: rng.int(1, 28), month: rng.int(1, 12), year: rng.int(2010, 2016), issuer: `Ban Thường vụ ${c}`, subject: 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị' }
    : null;
  const ctx: ProvinceContext = { names, plan, regulation, programme, placeLine: provincePlace(names) };
  const bodies = unitBodies(names, null, false);
  const bases: Phrase[][] = [...partyBases(rng, names), [mention(CENTRAL.qd23)]];
  if (rng.chance(0.5)) bases.push([mention(CENTRAL.kl114, { date: 'long' })]);
  if (rng.chance(0.4)) bases.push([mention(CENTRAL.nq25, { date: 'long', subject: 'quoted' })]);
  const dir = `${plan.slug}/_tinh`;
  yield finish(
    `${dir}/p${plan.unit.code}-quyet-dinh-${regulation.number.split('-')[0]}.txt`,
    writeRegulation({
      rng,
      markdown: rng.chance(0.6),
      unit: names,
      bodies,
      self: regulation,
      asDecision: true,
      bases,
      superseded: old,
      place: ctx.placeLine,
      issuerLines: rng.chance(0.5) ? [upper(`${c} ${names.name}`)] : [upper(`Đảng bộ ${names.full}`), upper(`${c} ${names.name}`)],
      year: decisionDate.year,
    }),
  );
  const letterDate = dateAfter(decisionDate, rng, 7, 60);
  const blank = rng.chance(DEFECTS.blankNumber);
  const series = rng.pick(['NC', 'NC', 'VX', 'TH']);
  const criteria: CitedDocument = {
    number: `${rng.int(1500, 4500)}/QĐ-UBND`,
    kindWord: 'Quyết định',
    day: rng.int(1, 28),
    month: rng.int(1, 9),
    year: 2021,
    issuer: `Ủy ban nhân dân ${names.kindWord}`,
    subject: 'ban hành Bộ tiêu chí đánh giá, xếp loại công tác dân vận của chính quyền xã, phường, thị trấn',
  };
  const earlier: CitedDocument = {
    number: `${rng.int(1000, 6000)}/UBND`,
    kindWord: 'Công văn',
    day: rng.int(1, 28),
    month: rng.int(1, 7),
    year: 2021,
    issuer: `Ủy ban nhân dân ${names.kindWord}`,
    subject: 'việc đẩy mạnh thực hiện công tác dân vận và công tác vận động quần chúng',
  };
  const number = blank ? null : `${rng.int(3000, 7800)}/UBND-${series}`;
  yield finish(
    `${dir}/p${plan.unit.code}-cong-van.txt`,
    writeProvinceLetter({
      rng,
      markdown: rng.chance(0.5),
      unit: names,
      bodies,
      issuerLines: ['ỦY BAN NHÂN DÂN', upper(`${names.kindWord} ${names.name}`)],
      number,
      numberLine: number ? `Số: ${number}` : `Số: /UBND-${series}`,
      date: letterDate,
      blankDay: rng.chance(DEFECTS.blankDay),
      place: ctx.placeLine,
      regulation: { ...regulation, issuer: c },
      local: rng.sample([criteria, earlier], rng.int(1, 2)),
    }),
  );
  for (const district of plan.districts) yield* districtDocuments(ctx, district, seed);
}

interface DistrictContext {
  province: ProvinceContext;
  names: UnitNames;
  plan: DistrictPlan;
  decision: CitedDocument;
  placeLine: string;
}

function hasDigit(text: string): boolean {
  return /\d/.test(text);
}

/**
 * Names the parser cannot read in a header stay out of it: "XÃ HỘI AN ĐÔNG" reads as "xã hội", a
 * number drops the line, a one-letter name ("Phường I") is no place.
 */
function printedInHeader(name: string): boolean {
  return !hasDigit(name) && !/^Hội\s/u.test(name) && !/^[IVX]+$/u.test(name);
}

/** "SỞ DẦU", "BAN CÔNG" on a line of their own read as bodies of their own. */
const BODY_WORD = /^(?:Ban|Sở|Hội|Bộ|Phòng|Cục|Viện|Văn|Thanh|Ủy|Đảng|Liên|Tòa|Ngân|Kiểm|Chính|Quốc|Thủ|Mặt|Đại|Tổng|Huyện|Tỉnh|Thành|Quận|Thị)\s/u;

/**
 * "TÂY SƠN" on its own line under the bodies, or after each body's name. A numbered unit ("Phường
 * 1", "Quận 3") leaves its number out: the parser joins a line starting with a digit to the line
 * above and drops header lines holding digits, which would lose the issuer.
 */
function issuerLines(bodies: string[], name: string, trailing: boolean): string[] {
  if (!printedInHeader(name)) return bodies.map(upper);
  if (trailing && !BODY_WORD.test(name)) return [...bodies.map(upper), upper(name)];
  return bodies.map((b) => upper(/(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|tỉnh)$/u.test(b) || /ủy$/u.test(b) ? `${b} ${name}` : b));
}

function* districtDocuments(province: ProvinceContext, plan: DistrictPlan, seed: number): Generator<GeneratedDocument> {
  const rng = Random.of(seed, 'district', plan.unit.code);
  const names = districtNames(plan.unit, plan.communes);
  const p = province.names;
  const c = names.committee;
  const decisionDate = dateAfter(province.regulation, rng, 10, 90);
  const decision: CitedDocument = {
    number: `${rng.int(150, 700)}-QĐ/${names.partyCode}`,
    kindWord: 'Quyết định',
    ...decisionDate,
    issuer: `Ban Thường vụ ${c}`,
    subject: 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
  };
  const placeLine = hasDigit(names.name) ? `${upperFirst(names.kindWord)} ${names.name}` : names.name;
  const ctx: DistrictContext = { province, names, plan, decision, placeLine };
  const bodies = unitBodies(names, p, false);
  const dir = `${province.plan.slug}/${plan.slug}`;
  const provinceDecision = mention(province.regulation, { issuer: `Ban Thường vụ ${p.committee} ${p.name}`, subject: 'none' });
  const old: CitedDocument | null = rng.chance(0.4)
    ? { number: `${rng.int(10, 90)}-QĐ/${names.partyCode}`, kindWord: 'Quyết định', day: rng.int(1, 28), month: rng.int(1, 12), year: rng.int(2010, 2017), issuer: `Ban Thường vụ ${c}`, subject: 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị' }
    : null;
  const directive: CitedDocument = {
    number: `${rng.int(10, 40)}-CT/${names.partyCode}`,
    kindWord: 'Chỉ thị',
    day: rng.int(1, 28),
    month: rng.int(1, 12),
    year: 2019,
    issuer: `Ban Thường vụ ${c} (khóa XX)`,
    subject: '',
  };
  const bases: Phrase[][] = [...partyBases(rng, names), [mention(CENTRAL.qd23, { subject: 'none' }), provinceDecision]];
  if (rng.chance(0.3)) bases.push([chained(directive, 'tiếp tục thực hiện', CENTRAL.nq25, { date: 'short', issuer: `Ban Thường vụ ${c}` })]);
  if (rng.chance(0.4)) bases.push([mention(CENTRAL.qd46, { date: 'long' })]);
  yield finish(
    `${dir}/d${plan.unit.code}-quyet-dinh.txt`,
    writeRegulation({
      rng,
      markdown: rng.chance(0.6),
      unit: names,
      bodies,
      self: decision,
      asDecision: rng.chance(0.7),
      bases,
      superseded: old,
      place: placeLine,
      issuerLines: rng.chance(0.5) ? issuerLines([c], names.name, false) : [upper(`Đảng bộ ${p.full}`), ...issuerLines([c], names.name, false)],
      year: decisionDate.year,
    }),
  );

  // the coordination regulation between the UBND and the Ban Dân vận, then a yearly plan carrying it out
  const coordinationDate = dateAfter(decisionDate, rng, 20, 120);
  const coordinationNumber = `${pad2(rng.int(1, 5))}/QC-UBND-${names.partnerCode}`;
  const first = bodies.people;
  const second = bodies.massMobilisation;
  const ownDecision = (): Phrase => {
    const wrong = rng.chance(DEFECTS.wrongSuffix);
    return mention(decision, { written: wrong ? decision.number.replace(/\/[^/]+$/u, '/TU') : undefined, subject: 'none' });
  };
  const stateBases: Phrase[][] = [[LAWS.localGovernment()], [mention(CENTRAL.kl114, { date: 'long' })]];
  if (isoAfter(coordinationDate, CENTRAL.ct33)) stateBases.push([mention(CENTRAL.ct33, { date: 'long' })]);
  stateBases.push([
    mention(CENTRAL.qd23, { subject: 'none' }),
    mention(province.regulation, { issuer: `${p.committee} ${p.name}`, subject: 'none' }),
    withSubject(ownDecision(), 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị'),
  ]);
  const trailing = rng.chance(0.4);
  const jointIssuers = [`Ủy ban nhân dân ${names.kindWord}`, second.name];
  const jointLines = !printedInHeader(names.name) ? jointIssuers.map(upper) : trailing && !BODY_WORD.test(names.name) ? [...jointIssuers.map(upper), upper(names.name)] : [upper(`${jointIssuers[0]} ${names.name}`), upper(jointIssuers[1]!)];
  const coordination: CitedDocument = {
    number: coordinationNumber,
    kindWord: 'Quy chế phối hợp',
    ...coordinationDate,
    issuer: '',
    subject: 'công tác dân vận giai đoạn 2021 - 2026',
  };
  const thirdBody = bodies.below;
  yield finish(
    `${dir}/d${plan.unit.code}-quy-che-phoi-hop.txt`,
    writeCoordination({
      rng,
      markdown: rng.chance(0.6),
      unit: names,
      bodies,
      first,
      second,
      issuerLines: jointLines,
      issuers: jointIssuers,
      number: coordinationNumber,
      numberLine: `Số: ${coordinationNumber}`,
      date: coordinationDate,
      blankDay: false,
      place: placeLine,
      bases: stateBases,
      third: thirdBody && rng.chance(0.5) ? thirdBody : null,
    }),
  );
  const year = Math.min(2025, coordinationDate.year + rng.int(0, 2));
  const planDate = { day: rng.int(2, 28), month: rng.int(1, 6), year: Math.max(year, coordinationDate.year) };
  const blankPlan = rng.chance(DEFECTS.blankNumber);
  const planNumber = blankPlan ? null : `${pad2(rng.int(1, 30))}/KH-UBND-${names.partnerCode}`;
  const implementing = rng.chance(0.85)
    ? joinedMention(coordination, `giữa ${first.name} và ${second.name} về công tác dân vận giai đoạn 2021 - 2026`)
    : joinedMention({ ...coordination, number: coordinationNumber.replace('QC', 'CTrPH'), kindWord: 'Chương trình phối hợp' }, `giữa ${first.name} và ${second.name} về công tác dân vận giai đoạn 2021 - 2026`);
  const plan29: CitedDocument = { number: `${rng.int(10, 60)}-KH/${names.partyCode}`, kindWord: 'Kế hoạch', day: rng.int(1, 28), month: rng.int(7, 11), year: 2021, issuer: c, subject: '' };
  const programme = province.programme;
  const programmeWritten = rng.chance(DEFECTS.caseVariant) ? programme.number.replace('CTr', 'Ctr') : programme.number;
  const citing = [
    chained(plan29, 'thực hiện', { ...programme, number: programmeWritten, issuer: `${p.committee} ${p.name}` }, { issuer: c }),
    ...(rng.chance(0.5) ? [ownDecision()] : []),
  ];
  yield finish(
    `${dir}/d${plan.unit.code}-ke-hoach-${planDate.year}.txt`,
    writePlan({
      rng,
      markdown: rng.chance(0.5),
      unit: names,
      bodies,
      first,
      second,
      issuerLines: jointLines,
      issuers: jointIssuers,
      number: planNumber,
      numberLine: planNumber ? `Số: ${planNumber}` : `Số: /KH-UBND-${names.partnerCode}`,
      date: planDate,
      blankDay: rng.chance(DEFECTS.blankDay),
      place: placeLine,
      year: planDate.year,
      implementing,
      lead: bodies.stateBodies[0]!.name,
      lowerParty: `Đảng ủy ${names.below}`,
      citing,
      extraBodies: rng.chance(0.5) ? [bodies.front] : [],
    }),
  );
  for (const [k, commune] of plan.communes.entries()) yield* communeDocuments(ctx, commune, k, seed);
}

function withSubject(p: Phrase, subject: string): Phrase {
  const m = p.mentions[0]!;
  const text = `${p.text} ${subject}`;
  return { ...p, text, mentions: [{ ...m, subject: subject.replace(/^về (việc )?/u, ''), quote: text }, ...p.mentions.slice(1)] };
}

/** "Quy chế phối hợp số 01/QC-UBND-BDVHU ngày … giữa A và B về …": a joint document names no issuer. */
function joinedMention(doc: CitedDocument, tail: string): Phrase {
  const head = mention(doc, { date: 'long', issuer: null, subject: 'none' });
  const m = head.mentions[0]!;
  const text = `${head.text} ${tail}`;
  return { ...head, text, mentions: [{ ...m, subject: tail.replace(/^.*? về /u, ''), quote: text }] };
}

function isoAfter(date: DateParts, than: DateParts): boolean {
  return date.year * 10000 + date.month * 100 + date.day >= than.year * 10000 + than.month * 100 + than.day;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A commune's own name as a place when no district or province shares it; its district's otherwise. */
function communePlace(district: DistrictContext, commune: Commune): string {
  const g = gazetteer();
  const shared = !printedInHeader(commune.name) || g.districtsNamed(commune.name).length > 0 || g.province(commune.name) !== null;
  return shared || district.names.kindWord === 'thành phố' ? district.placeLine : communeNames(commune).name;
}

function* communeDocuments(district: DistrictContext, commune: Commune, k: number, seed: number): Generator<GeneratedDocument> {
  const rng = Random.of(seed, 'commune', commune.code);
  const names = communeNames(commune);
  const d = district.names;
  const p = district.province.names;
  const qualified = rng.chance(0.7);
  const bodies = unitBodies(names, d, qualified);
  const place = communePlace(district, commune);
  const dir = `${district.province.plan.slug}/${district.plan.slug}`;
  const decisionDate = dateAfter(district.decision, rng, 15, 150);
  const asDecision = rng.chance(0.6);
  const self: CitedDocument = {
    number: `${k * 20 + rng.int(1, 19)}-${asDecision ? 'QĐ' : 'QC'}/ĐU`,
    kindWord: asDecision ? 'Quyết định' : 'Quy chế',
    ...decisionDate,
    issuer: `Ban Thường vụ Đảng ủy`,
    subject: 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
  };
  const districtDecision = (): Phrase => {
    const wrong = rng.chance(DEFECTS.wrongSuffix / 3);
    return mention(district.decision, {
      written: wrong ? district.decision.number.replace(/\/[^/]+$/u, '/TU') : undefined,
      issuer: `Ban Thường vụ ${d.committee} ${d.name}`,
      subject: 'none',
    });
  };
  const provinceDecision = mention(district.province.regulation, { issuer: `${p.committee} ${p.name}`, subject: 'none' });
  const bases: Phrase[][] = [...partyBases(rng, names)];
  bases.push(rng.chance(0.5) ? [mention(CENTRAL.qd23, { subject: 'none' }), provinceDecision, districtDecision()] : [provinceDecision, districtDecision()]);
  const partyIssuer = rng.chance(0.5) ? issuerLines(['Đảng ủy ' + names.kindWord], names.name, rng.chance(0.3)) : [upper(`Đảng bộ ${d.full}`), ...issuerLines(['Đảng ủy ' + names.kindWord], names.name, false)];
  yield finish(
    `${dir}/x${commune.code}-${asDecision ? 'quyet-dinh' : 'quy-che'}.txt`,
    writeRegulation({
      rng,
      markdown: rng.chance(0.5),
      unit: names,
      bodies,
      self,
      asDecision,
      bases,
      superseded: null,
      place,
      issuerLines: partyIssuer,
      year: decisionDate.year,
    }),
  );

  const first = bodies.people;
  const second = bodies.front;
  const jointIssuers = [`Ủy ban nhân dân ${names.kindWord}`, `Ủy ban Mặt trận Tổ quốc Việt Nam ${names.kindWord}`];
  const jointLines = !printedInHeader(names.name) ? jointIssuers.map(upper) : jointIssuers.map((b) => upper(`${b} ${names.name}`));
  let implementing = mention(self, { issuer: 'Ban Thường vụ Đảng ủy', subject: 'plain' });
  let coordinationDate = decisionDate;
  if (rng.chance(0.6)) {
    coordinationDate = dateAfter(decisionDate, rng, 10, 200);
    const number = `${pad2(k + 1)}/QC-UBND-MTTQ`;
    const stateBases: Phrase[][] = [[LAWS.localGovernment()]];
    if (coordinationDate.year >= 2023) stateBases.push([LAWS.grassrootsDemocracy()]);
    stateBases.push([mention(CENTRAL.kl114, { date: rng.pick(['long', 'short'] as const) })]);
    stateBases.push([districtDecision(), mention(self, { issuer: 'Ban Thường vụ Đảng ủy', subject: 'none' })]);
    yield finish(
      `${dir}/x${commune.code}-quy-che-phoi-hop.txt`,
      writeCoordination({
        rng,
        markdown: rng.chance(0.5),
        unit: names,
        bodies,
        first,
        second,
        issuerLines: jointLines,
        issuers: jointIssuers,
        number,
        numberLine: `Số: ${number}`,
        date: coordinationDate,
        blankDay: false,
        place,
        bases: stateBases,
        third: rng.chance(0.5) ? { name: `các tổ chức chính trị - xã hội ${names.kindWord}${qualified ? ` ${names.name}` : ''}`, roles: ['union', 'front'] } : null,
      }),
    );
    implementing = joinedMention(
      { number, kindWord: 'Quy chế phối hợp', ...coordinationDate, issuer: '', subject: '' },
      `giữa ${first.name} và ${second.name} trong thực hiện công tác dân vận và quy chế dân chủ ở cơ sở`,
    );
  }
  if (rng.chance(0.6)) {
    const planDate = { day: rng.int(2, 28), month: rng.int(1, 6), year: Math.min(2025, coordinationDate.year + 1) };
    const blank = rng.chance(DEFECTS.blankNumber);
    const number = blank ? null : `${pad2(k + 1)}/KH-UBND-MTTQ`;
    yield finish(
      `${dir}/x${commune.code}-ke-hoach-${planDate.year}.txt`,
      writePlan({
        rng,
        markdown: rng.chance(0.5),
        unit: names,
        bodies,
        first,
        second,
        issuerLines: jointLines,
        issuers: jointIssuers,
        number,
        numberLine: number ? `Số: ${number}` : 'Số: /KH-UBND-MTTQ',
        date: planDate,
        blankDay: rng.chance(DEFECTS.blankDay),
        place,
        year: planDate.year,
        implementing,
        lead: `Văn phòng ${first.name}`,
        lowerParty: null,
        citing: rng.chance(0.4) ? [districtDecision()] : [],
        extraBodies: rng.sample(bodies.unions, rng.int(1, 3)),
      }),
    );
  }
}
