// The GraphQL schema: imports each domain's types and queries, then builds.
import { builder } from '../builder.ts';
import './enums.ts';
import './pagination.ts';
import './document.ts';
import './article.ts';
import './duty.ts';
import './agency.ts';
import './lineage.ts';
import './impact.ts';
import './changes.ts';
import './who-must-do.ts';
import './raci.ts';

export const schema = builder.toSchema({ sortSchema: false });
