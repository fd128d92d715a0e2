import { text } from '../../i18n/text';
import { DOCS } from '../docs';
import { knownErrorEvidence, present, validationEvidence } from '../evidence';
import { errorLabel } from '../known-errors';
import { changeSteps, makeFinding } from '../make-finding';
import { apiValidation, codesOf, validationOf } from '../rule-context';
import type { Rule } from './rule';

/**
 * `api-version`: the request passes at the UI's API version but not at its own (proven by validate_only), or Graph
 * names the version itself (2635, deprecated). Meta changes validation between versions without notice.
 */
export const apiVersion: Rule = (ctx) => {
  const api = apiValidation(ctx);
  const atUi = validationOf(ctx, 'validate_api_at_ui_version');
  const own = ctx.api.request.apiVersion ?? ctx.facts?.apiVersion ?? '?';
  const uiVersion = ctx.ui?.request.apiVersion ?? null;
  if (api && !api.ok && atUi?.ok && uiVersion) {
    const change = { path: 'api_version', op: 'replace' as const, value: uiVersion };
    return makeFinding('api-version', 'cause', {
      detail: text('explain_api_version_proven', own, uiVersion, errorLabel(codesOf(api))),
      evidence: present([validationEvidence(api), knownErrorEvidence(api), validationEvidence(atUi)]),
      fix: [...changeSteps([change]), text('explain_fix_revalidate')],
      docs: [DOCS.errorHandling, DOCS.adSet],
      minimalFix: [change],
    });
  }
  if (api && !api.ok && api.failure?.kind === 'version') {
    return makeFinding('api-version', 'cause', {
      detail: text('explain_api_version_deprecated', own),
      evidence: present([validationEvidence(api), knownErrorEvidence(api), atUi && validationEvidence(atUi)]),
      fix: [uiVersion ? text('explain_fix_version', uiVersion) : text('explain_fix_version_latest'), text('explain_fix_revalidate')],
      docs: [DOCS.errorHandling],
    });
  }
  if (atUi && !atUi.ok && api && !api.ok) {
    return makeFinding('api-version', 'ruled_out', {
      detail: text('explain_api_version_same_error', uiVersion ?? '?'),
      evidence: [validationEvidence(api), validationEvidence(atUi)],
    });
  }
  if (uiVersion && ctx.api.request.apiVersion && uiVersion === ctx.api.request.apiVersion) {
    return makeFinding('api-version', 'ruled_out', {
      detail: text('explain_api_version_same', uiVersion),
      evidence: [{ fact: text('explain_ev_api_versions'), value: `UI ${uiVersion} · API ${own}`, source: 'diff:api_version' }],
    });
  }
  if (api?.ok && uiVersion && uiVersion !== own) {
    return makeFinding('api-version', 'ruled_out', {
      detail: text('explain_api_version_passes', own),
      evidence: [validationEvidence(api), { fact: text('explain_ev_api_versions'), value: `UI ${uiVersion} · API ${own}`, source: 'diff:api_version' }],
    });
  }
  return null;
};
