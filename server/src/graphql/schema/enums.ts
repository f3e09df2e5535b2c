// The enums of the contract.
import { DOCUMENT_RELATIONS, LEVELS } from '@cancu/graph-schema/model';
import { builder } from '../builder.ts';

export const LevelEnum = builder.enumType('Level', { values: LEVELS });
export const RelationEnum = builder.enumType('Relation', { values: DOCUMENT_RELATIONS });
export const RoleEnum = builder.enumType('Role', { values: ['LEAD', 'SUPPORT'] as const });
export const DirectionEnum = builder.enumType('Direction', { values: ['UP', 'DOWN', 'BOTH'] as const });
