// Lookalike heuristics for a registrable domain that is not official. Each returns the name of the family it
// found, mirroring Chromium's lookalike checks and dnstwist's permutation families.
import type { BrandIndex } from './brand-index.ts';
import { COMBO_KEYWORDS, LOOKALIKE_THRESHOLDS as T } from './data/link-tables.ts';
import { isAdjacentSwap, osaDistance } from './distance.ts';
import type { ReasonCode } from './reasons.ts';
import { skeleton } from './skeleton.ts';

const KEYWORDS = new Set(COMBO_KEYWORDS);

export interface HostParts {
  /** Full hostname in ASCII (punycode). */
  hostname: string;
  /** Hostname in Unicode, for the skeleton. */
  unicodeHost: string;
  /** Registrable domain (PSL), ASCII. */
  domain: string;
  /** Its first label (the part a brand would own), Unicode. */
  label: string;
  /** Public suffix. */
  suffix: string;
  /** Labels left of the registrable domain. */
  subdomain: string;
}

/** Split a label into tokens at dashes, dots and digit runs: "anxinjie-kefu2" → ["anxinjie", "kefu"]. */
function tokens(label: string): string[] {
  return label.split(/[-_.\d]+/).filter(Boolean);
}

/** Does a token consist of the alias plus only keywords/digits around it ("anxinkefu", "loginanxin")? */
function aliasWithKeyword(token: string, alias: string): boolean {
  const at = token.indexOf(alias);
  if (at < 0) return false;
  const rest = [token.slice(0, at), token.slice(at + alias.length)].filter(Boolean);
  return rest.length > 0 && rest.every((r) => KEYWORDS.has(r));
}

function containsAlias(label: string, brand: BrandIndex): { alias: string; combo: boolean } | undefined {
  const toks = tokens(label);
  for (const alias of brand.asciiAliases) {
    // Short aliases ("axj", "anxin") only count as a whole token or glued to a keyword, to avoid "lanxin", "taxjob".
    const wholeToken = toks.includes(alias);
    const glued = toks.some((t) => aliasWithKeyword(t, alias));
    const inside = alias.length >= T.aliasInsideMinLength && label.includes(alias);
    if (wholeToken || glued || inside) {
      const others = toks.filter((t) => t !== alias);
      const combo = glued || others.some((t) => KEYWORDS.has(t));
      return { alias, combo };
    }
  }
  return undefined;
}

export function lookalikeReasons(host: HostParts, brand: BrandIndex): ReasonCode[] {
  const found: ReasonCode[] = [];
  const labelSkeleton = skeleton(host.label);
  for (const official of brand.domainParts) {
    // Target embedding: the whole official domain sits inside another host ("anxinjie.example.evil.top",
    // "anxinjie-example.top", "anxinjieexample.top").
    const flatHost = host.hostname.replace(/[-.]/g, '');
    const flatOfficial = official.domain.replace(/[-.]/g, '');
    if (host.hostname.includes(`${official.domain}.`) || flatHost.includes(flatOfficial)) {
      found.push('TARGET_EMBEDDING');
      break;
    }
    if (host.label === official.label || labelSkeleton === official.skeleton) {
      // Same name (or same look) under another suffix, or homoglyphs under the same suffix.
      found.push(host.label === official.label ? 'LOOKALIKE_TLD_SWAP' : 'LOOKALIKE_SKELETON');
      break;
    }
    const asciiLabel = host.domain.slice(0, host.domain.length - host.suffix.length - 1);
    if (isAdjacentSwap(asciiLabel, official.label)) {
      found.push('LOOKALIKE_CHAR_SWAP');
      break;
    }
    const maxEdits = official.label.length >= T.twoEditsMinLength ? T.longLabelEdits : T.shortLabelEdits;
    if (
      osaDistance(asciiLabel, official.label, maxEdits) <= maxEdits &&
      asciiLabel.length >= T.editCandidateMinLength
    ) {
      found.push('LOOKALIKE_EDIT_DISTANCE');
      break;
    }
  }
  if (!found.length) {
    const inLabel = containsAlias(host.domain.slice(0, host.domain.length - host.suffix.length - 1), brand);
    if (inLabel) found.push(inLabel.combo ? 'COMBOSQUATTING' : 'BRAND_NAME_IN_DOMAIN');
    else if (host.subdomain && containsAlias(host.subdomain, brand)) found.push('TARGET_EMBEDDING');
    else {
      // The brand's Chinese name in an internationalised domain: 安心借.com, 安心借客服.cn, kefu.安心借.net.
      const alias = brand.unicodeAliases.find((a) => host.unicodeHost.includes(a));
      if (alias)
        found.push(
          host.label === alias
            ? 'BRAND_NAME_IN_DOMAIN'
            : host.label.includes(alias)
              ? 'COMBOSQUATTING'
              : 'TARGET_EMBEDDING',
        );
    }
  }
  return found;
}
