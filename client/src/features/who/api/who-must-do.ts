// Who must do a task: agencies, best first, with the duties that match and where the words matched.
import { gql } from 'urql';
import type { Level, Role } from '../../../lib/vocabulary.ts';

export type AgencyRef = { id: string; name: string };
export type DocumentRef = { id: string; number: string | null; title: string | null; level: string };

export type WhoDuty = {
  id: string;
  text: string;
  role: Role;
  source: string;
  frequency: string | null;
  deadline: string | null;
  agency: AgencyRef;
  collaborators: AgencyRef[];
  reportTo: AgencyRef[];
  article: { id: string; number: number } | null;
  document: DocumentRef & { status: string | null; bases: DocumentRef[] };
};

export type TextRange = { start: number; end: number };
export type DutyMatch = { duty: WhoDuty; score: number; highlights: TextRange[] };

export type AgencyDuties = {
  agency: AgencyRef & { level: string; isGroup: boolean; locality: { name: string; kind: string } | null };
  duties: WhoDuty[];
  score: number;
  matches: DutyMatch[];
};

export type WhoMustDoData = { whoMustDo: AgencyDuties[] };
export type WhoMustDoVariables = { task: string; locality: string | null; level: Level | null; first: number };

export const WhoMustDoQuery = gql<WhoMustDoData, WhoMustDoVariables>`
  fragment WhoDocumentFields on Document {
    id
    number
    title
    level
  }

  fragment WhoDutyFields on Duty {
    id
    text
    role
    source
    frequency
    deadline
    agency {
      id
      name
    }
    collaborators {
      id
      name
    }
    reportTo {
      id
      name
    }
    article {
      id
      number
    }
    document {
      ...WhoDocumentFields
      status
      bases {
        ...WhoDocumentFields
      }
    }
  }

  query WhoMustDo($task: String!, $locality: String, $level: Level, $first: Int) {
    whoMustDo(task: $task, locality: $locality, level: $level, first: $first) {
      score
      agency {
        id
        name
        level
        isGroup
        locality {
          name
          kind
        }
      }
      duties {
        ...WhoDutyFields
      }
      matches {
        score
        highlights {
          start
          end
        }
        duty {
          ...WhoDutyFields
        }
      }
    }
  }
`;
