import type { Variant } from '../graph';
import { applyChanges } from '../graph';
import { text } from '../i18n/text';
import { levelOf, type AdsetRequest, type Change } from '../model';
import { isRecord } from '../model/record';
import { showValue } from './show-value';

// Level-specific experiments the diff cannot propose (no capture, or Ads Manager writes the same): each is a shape
// public reports and Meta's docs show Graph wanting differently from what integrations send, tried with the user's
// own token so only a passing dry run makes it a fix (docs/chain-levels.md).


function decoded(v: unknown): unknown {
  if (typeof v !== 'string' || !/^\s*[[{]/.test(v)) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** The value at a dotted path, JSON-string objects descended into. */
function at(fields: Record<string, unknown>, path: string): unknown {
  let cur: unknown = fields;
  for (const key of path.split('.')) {
    cur = decoded(cur);
    if (!isRecord(cur) || !Object.hasOwn(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** Where a creative's story sits: the creative's own `object_story_spec`, or the one of an ad's inline creative. */
function storyRoot(req: AdsetRequest): string | null {
  const level = levelOf(req);
  if (level === 'creative') return 'object_story_spec';
  if (level === 'ad' && isRecord(decoded(req.fields['creative']))) return 'creative.object_story_spec';
  return null;
}

/** The story's media specs (Meta's AdCreativeObjectStorySpec: link_data, video_data, photo_data, template_data). */
const STORY_DATA = ['link_data', 'video_data', 'photo_data', 'template_data'] as const;

/**
 * `instagram_actor_id` was replaced by `instagram_user_id` on ad creatives in Graph API v22.0 (Meta's v22.0
 * changelog; e.g. justwatch/facebook-marketing-api-golang-sdk#38, restfb/restfb#1577): a spec that still sends the
 * old name is tried with the new one.
 */
function instagramRename(req: AdsetRequest, root: string): Change[] | null {
  for (const base of [root, root.replace(/\.?object_story_spec$/, '')]) {
    const prefix = base ? `${base}.` : '';
    const old = at(req.fields, `${prefix}instagram_actor_id`);
    if (old === undefined || at(req.fields, `${prefix}instagram_user_id`) !== undefined) continue;
    return [
      { path: `${prefix}instagram_actor_id`, op: 'remove' },
      { path: `${prefix}instagram_user_id`, op: 'add', value: old },
    ];
  }
  return null;
}

/**
 * Click-to-WhatsApp's call to action is `{type: WHATSAPP_MESSAGE, value: {app_destination: WHATSAPP}}` (Meta's
 * click-to-WhatsApp and multidestination guides); a WHATSAPP_MESSAGE without `value.app_destination` is tried with it.
 */
function whatsappDestination(req: AdsetRequest, root: string): Change[] {
  const out: Change[] = [];
  for (const data of STORY_DATA) {
    const cta = decoded(at(req.fields, `${root}.${data}.call_to_action`));
    if (!isRecord(cta) || String(cta['type']).toUpperCase() !== 'WHATSAPP_MESSAGE') continue;
    const value = decoded(cta['value']);
    if (isRecord(value) && value['app_destination'] !== undefined) continue;
    out.push({ path: `${root}.${data}.call_to_action.value.app_destination`, op: 'add', value: 'WHATSAPP' });
  }
  return out;
}

/**
 * `page_welcome_message` appears both as a JSON string (Meta's creative examples pass `"<PAGE_WELCOME_MESSAGE>"` as
 * a string inside link_data) and as an object (the same guide's VISUAL_EDITOR example): the other form is tried.
 */
function welcomeMessageForm(req: AdsetRequest, root: string): Change[] {
  const out: Change[] = [];
  for (const data of STORY_DATA) {
    const path = `${root}.${data}.page_welcome_message`;
    const raw = at(req.fields, path);
    if (isRecord(raw)) out.push({ path, op: 'replace', value: JSON.stringify(raw) });
    else if (typeof raw === 'string' && isRecord(decoded(raw))) out.push({ path, op: 'replace', value: decoded(raw) });
  }
  return out;
}

function variantOf(api: AdsetRequest, id: string, changes: Change[]): Variant {
  const label =
    changes.length > 1
      ? text('explain_variant_rename', changes[0]!.path, changes[1]!.path)
      : changes[0]!.op === 'add'
        ? text('explain_variant_probe_add', changes[0]!.path, showValue(changes[0]!.value, 60))
        : text('explain_variant_probe_replace', changes[0]!.path, showValue(changes[0]!.value, 60));
  return { id, label, request: applyChanges(api, changes), change: changes[changes.length - 1]!, ...(changes.length > 1 ? { changes } : {}) };
}

/**
 * A campaign must say `special_ad_categories`, `[]` when none applies (Marketing API campaign reference and the
 * click-to-message guides: "Required … needs to be NONE or empty array"); a campaign without it is tried with `[]`.
 */
function specialAdCategories(req: AdsetRequest): Change[] {
  return levelOf(req) === 'campaign' && req.fields['special_ad_categories'] === undefined ? [{ path: 'special_ad_categories', op: 'add', value: [] }] : [];
}

/** The level's own experiments (a campaign's; a creative's or an ad's inline creative's), at most `budget`, none already proposed. */
export function levelProbeVariants(api: AdsetRequest, existing: readonly Variant[], budget: number): Variant[] {
  if (budget <= 0) return [];
  const covered = new Set(existing.flatMap((v) => (v.changes ?? [v.change]).map((c) => c.path)));
  const out: Variant[] = specialAdCategories(api)
    .filter((c) => !covered.has(c.path))
    .map((c) => variantOf(api, `probe:${c.path}`, [c]));
  const root = storyRoot(api);
  if (!root) return out.slice(0, budget);
  // The diff proposes the two halves of a rename one at a time (each fails alone): the rename is tried whole, so the
  // proof needs no second round of pairs.
  const rename = instagramRename(api, root);
  const renamed = existing.some((v) => v.changes && rename?.every((c) => v.changes!.some((x) => x.path === c.path)));
  if (rename && !renamed) out.push(variantOf(api, 'probe:instagram_user_id', rename));
  for (const c of whatsappDestination(api, root)) if (!covered.has(c.path)) out.push(variantOf(api, `probe:${c.path}`, [c]));
  for (const c of welcomeMessageForm(api, root)) if (!covered.has(c.path)) out.push(variantOf(api, `probe:${c.path}`, [c]));
  return out.slice(0, budget);
}
