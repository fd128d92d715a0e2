import { WHATSAPP_DESTINATION_TYPES } from '../model';
import { DOCS } from './docs';

/**
 * Which optimization goals go with a campaign objective when an ad set sends people to WhatsApp, as data with the
 * sources it comes from. Meta validates the triple (objective, optimization_goal, destination_type) server-side and
 * documents only part of it (DOCS.destinationType: "must be consistent with your objective and optimization goal"),
 * so the table can lag: a rule built on it may say "likely", never "cause" — only a validate_only run proves.
 */
export interface CompatRow {
  objective: string;
  destinations: readonly string[];
  goals: readonly string[];
  sources: readonly string[];
}

const WA = [...WHATSAPP_DESTINATION_TYPES];
const SEED = 'seed write-up: OUTCOME_TRAFFIC + CONVERSATIONS + WHATSAPP creates ad sets (user A)';

export const OBJECTIVE_COMPAT: readonly CompatRow[] = [
  // Click-to-message ad sets optimise for CONVERSATIONS (DOCS.clickToMessage, DOCS.clickToWhatsApp).
  { objective: 'OUTCOME_ENGAGEMENT', destinations: WA, goals: ['CONVERSATIONS', 'LINK_CLICKS', 'MESSAGING_PURCHASE_CONVERSION'], sources: [DOCS.clickToWhatsApp, DOCS.clickToMessage] },
  // Traffic to WhatsApp: LINK_CLICKS in facebook-nodejs-business-sdk#301's payload, CONVERSATIONS in the seed.
  { objective: 'OUTCOME_TRAFFIC', destinations: WA, goals: ['CONVERSATIONS', 'LINK_CLICKS'], sources: [DOCS.issue1487246, SEED] },
  { objective: 'OUTCOME_SALES', destinations: WA, goals: ['CONVERSATIONS', 'OFFSITE_CONVERSIONS', 'MESSAGING_PURCHASE_CONVERSION'], sources: [DOCS.clickToWhatsApp, DOCS.clickToMessage] },
  { objective: 'OUTCOME_LEADS', destinations: WA, goals: ['CONVERSATIONS', 'LEAD_GENERATION', 'QUALITY_LEAD', 'MESSAGING_APPOINTMENT_CONVERSION'], sources: [DOCS.clickToWhatsApp, DOCS.clickToMessage] },
  // Legacy (pre-ODAX) objective still readable on old campaigns.
  { objective: 'MESSAGES', destinations: WA, goals: ['CONVERSATIONS', 'LINK_CLICKS', 'IMPRESSIONS', 'REPLIES'], sources: [DOCS.destinationType] },
  // Awareness and app promotion campaigns do not send people to a WhatsApp chat.
  { objective: 'OUTCOME_AWARENESS', destinations: WA, goals: [], sources: [DOCS.destinationType, DOCS.clickToMessage] },
  { objective: 'OUTCOME_APP_PROMOTION', destinations: WA, goals: [], sources: [DOCS.destinationType] },
];

export type CompatVerdict =
  | { known: false }
  | { known: true; ok: boolean; row: CompatRow };

/** Whether the table knows the triple, and if so whether it goes together. Case-insensitive on enum values. */
export function checkObjective(objective: unknown, goal: unknown, destination: unknown): CompatVerdict {
  if (typeof objective !== 'string' || typeof goal !== 'string' || typeof destination !== 'string') return { known: false };
  const o = objective.toUpperCase();
  const g = goal.toUpperCase();
  const d = destination.toUpperCase();
  const row = OBJECTIVE_COMPAT.find((r) => r.objective === o && r.destinations.includes(d));
  if (!row) return { known: false };
  return { known: true, ok: row.goals.includes(g), row };
}
