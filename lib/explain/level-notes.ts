import { text, type Text } from '../i18n/text';
import type { AdLevel, Evidence, Finding } from '../model';
import { DOCS } from './docs';

// What is known about the parts of a creative, an ad or a campaign where "works in Ads Manager, fails through the
// API" is reported (issue 17; sources in docs/chain-levels.md). A note never makes a verdict: it is attached to a
// finding whose proof (a dry run) or diff touches the path, so the reader learns why that part is fragile.

interface LevelNote {
  test: RegExp;
  note: Text;
  docs: string[];
}

const NOTES: readonly LevelNote[] = [
  { test: /(^|\.)call_to_actions?(\.|$)/, note: text('explain_note_whatsapp_cta'), docs: [DOCS.clickToWhatsApp, DOCS.clickToMultidestination] },
  { test: /(^|\.)page_welcome_message(\.|$)/, note: text('explain_note_welcome_message'), docs: [DOCS.clickToMultidestination] },
  { test: /(^|\.)instagram_(actor|user)_id$/, note: text('explain_note_instagram_identity'), docs: [DOCS.adCreative, DOCS.changelogV22] },
  { test: /(^|\.)(degrees_of_freedom_spec|creative_features_spec|standard_enhancements)(\.|$)/, note: text('explain_note_advantage_creative'), docs: [DOCS.advantageCreative] },
  { test: /(^|\.)asset_feed_spec(\.|$)/, note: text('explain_note_asset_feed_spec'), docs: [DOCS.clickToMultidestination] },
];

/** Docs of each level's reference, cited by every finding about that level. */
const LEVEL_DOCS: Readonly<Record<AdLevel, string | null>> = {
  campaign: DOCS.campaign,
  adset: null,
  ad: DOCS.ad,
  creative: DOCS.adCreative,
};

/** The ad set's references, cited by the catalogue's rules, say nothing about another level. */
const ADSET_ONLY_DOCS: ReadonlySet<string> = new Set([DOCS.promotedObject, DOCS.adSet]);

/** "Check … before creating the ad set": the step names the level's own dry run. */
const REVALIDATE: Readonly<Record<AdLevel, string>> = {
  campaign: 'explain_fix_revalidate_campaign',
  adset: 'explain_fix_revalidate',
  ad: 'explain_fix_revalidate_ad',
  creative: 'explain_fix_revalidate_creative',
};

/** The paths a finding rests on: its proven change, else the diff entries it cites. */
function pathsOf(f: Finding): string[] {
  const fromFix = (f.minimalFix ?? []).map((c) => c.path);
  const fromDiff = f.evidence.flatMap((e) => (typeof e.source === 'string' && e.source.startsWith('diff:') ? [e.source.slice(5)] : []));
  return [...new Set([...fromFix, ...fromDiff])];
}

/**
 * The finding at its level: `level` set, the level's reference cited, and a note (as evidence, source `meta:docs`)
 * for each fragile part of the chain its paths touch.
 */
export function atLevel(f: Finding, level: AdLevel): Finding {
  const paths = pathsOf(f);
  const notes: Evidence[] = [];
  const docs = new Set(f.docs);
  for (const n of NOTES) {
    const path = paths.find((p) => n.test.test(p));
    if (!path) continue;
    notes.push({ fact: n.note, value: path, source: 'meta:docs' });
    for (const d of n.docs) docs.add(d);
  }
  const levelDoc = LEVEL_DOCS[level];
  if (level !== 'adset') for (const d of ADSET_ONLY_DOCS) docs.delete(d);
  if (levelDoc && f.verdict !== 'ruled_out') docs.add(levelDoc);
  const fix = f.fix.map((step) => (step.key === 'explain_fix_revalidate' ? text(REVALIDATE[level]) : step));
  return { ...f, level, evidence: [...f.evidence, ...notes], fix, docs: [...docs] };
}
