// Links → reason codes. WHATWG URL parsing (as browsers do, including IDNA mapping of full-width dots and
// letters) and the Public Suffix List via tldts give the registrable domain; everything else keys on it.
import { domainToUnicode } from 'node:url';
import { parse as parseDomain } from 'tldts';
import type { BrandIndex } from './brand-index.ts';
import {
  ABUSED_TLDS,
  APP_DOWNLOAD_PATH,
  DEEP_SUBDOMAIN_LABELS,
  GOVERNMENT_SUFFIX,
  LONG_URL_LENGTH,
  SAFE_SCHEMES,
  SHORTENER_DOMAINS,
} from './data/link-tables.ts';
import { toNfkc } from '../content/normalize.ts';
import { lookalikeReasons } from './lookalike.ts';
import type { ReasonCode } from './reasons.ts';

export interface LinkFinding {
  normalized: string;
  reasons: ReasonCode[];
  /** The registrable domain's label (netflix of www.netflix.com), when the host has one: sender-domain.ts. */
  label?: string;
  /** The host is under a government-only public suffix (link-tables.ts GOVERNMENT_SUFFIX): a government's own site. */
  government?: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

// Plain ASCII labels, the last starting with a letter (so no IPv4 number, which domainToUnicode would rewrite).
const PLAIN_HOST = /^(?:[a-z0-9_-]*\.)*[a-z][a-z0-9_-]*$/;

/** A host (or part of one) in Unicode: domainToUnicode, whose work only a punycode label needs (most hosts are
 *  plain ASCII and come back unchanged); what it cannot read stays as written. */
export function hostToUnicode(host: string): string {
  if (PLAIN_HOST.test(host) && !host.includes('xn--')) return host;
  return domainToUnicode(host) || host;
}

function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const ch of label) {
    if (/[0-9-]/.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) scripts.add('Latin');
    else if (/\p{Script=Cyrillic}/u.test(ch)) scripts.add('Cyrillic');
    else if (/\p{Script=Greek}/u.test(ch)) scripts.add('Greek');
    else if (/\p{Script=Han}/u.test(ch)) scripts.add('Han');
    else scripts.add('Other');
  }
  return scripts;
}

// A host inside a query or fragment value: labels and a final letters-only label ("evil.top", "https://a.b.cn/x").
const HOST_IN_VALUE = /(?:^|[=&?#/:%])(?:https?(?::|%3a)(?:\/|%2f){2})?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=$|[/&?#%:])/gi;

/** Does a query or fragment name a host that is not the brand's (the address an open redirect forwards to)? */
function carriesOtherHost(tail: string, brand: BrandIndex): boolean {
  for (const m of tail.matchAll(HOST_IN_VALUE)) {
    const parsed = parseDomain(m[1]!.toLowerCase(), { allowPrivateDomains: false, extractHostname: false });
    if (parsed.domain && parsed.publicSuffix && parsed.isIcann && !brand.domains.has(parsed.domain)) return true;
  }
  return false;
}

export function classifyLink(raw: string, brand: BrandIndex): LinkFinding {
  // (A link read off a message is NFKC already, and nearly always plain: toNfkc skips ICU's pass then.)
  const text = toNfkc(raw).trim();
  const explicitScheme = SCHEME.test(text) && !/^[a-z0-9.-]+:\d+/i.test(text);
  let url: URL;
  try {
    url = new URL(explicitScheme ? text : `http://${text}`);
  } catch {
    return { normalized: text, reasons: ['INVALID_LINK'] };
  }
  const reasons: ReasonCode[] = [];
  if (!SAFE_SCHEMES.has(url.protocol)) {
    // javascript:, data:, itms-services: (iOS enterprise app install) and friends.
    reasons.push(url.protocol === 'itms-services:' ? 'APP_DOWNLOAD' : 'DANGEROUS_SCHEME');
    return { normalized: url.href, reasons };
  }
  const hostname = url.hostname.replace(/\.$/, '');
  const parsed = parseDomain(hostname, { allowPrivateDomains: false, extractHostname: false });
  if (url.username || url.password) {
    reasons.push('USERINFO_IN_URL');
    // "https://anxinjie.example@evil.top": the brand before "@" is decoration; the browser goes to evil.top.
    const userinfo = decodeURIComponent(`${url.username}:${url.password}`).toLowerCase();
    if (brand.asciiAliases.some((a) => userinfo.includes(a))) reasons.push('TARGET_EMBEDDING');
  }
  let label: string | undefined;
  if (parsed.isIp || /^\[.*\]$/.test(url.hostname)) {
    reasons.push('IP_ADDRESS_HOST');
  } else if (!parsed.domain || !parsed.publicSuffix) {
    return { normalized: url.href, reasons: [...reasons, 'INVALID_LINK'] };
  } else {
    const domain = parsed.domain;
    const suffix = parsed.publicSuffix;
    const subdomain = parsed.subdomain ?? '';
    const unicodeHost = hostToUnicode(hostname);
    const unicodeDomain = hostToUnicode(domain);
    label = unicodeDomain.slice(0, unicodeDomain.length - hostToUnicode(suffix).length - 1);
    if (brand.domains.has(domain)) {
      reasons.push('OFFICIAL_DOMAIN');
      if ((url.search || url.hash) && carriesOtherHost(`${url.search}${url.hash}`, brand))
        reasons.push('REDIRECT_TO_OTHER_HOST');
    } else {
      reasons.push(...lookalikeReasons({ hostname, unicodeHost, domain, label, suffix, subdomain }, brand));
      if (SHORTENER_DOMAINS.has(domain) || SHORTENER_DOMAINS.has(hostname)) reasons.push('URL_SHORTENER');
      // The suffix's last label, without an array of all of them.
      if (ABUSED_TLDS.has(suffix.slice(suffix.lastIndexOf('.') + 1))) reasons.push('ABUSED_TLD');
    }
    // Some label starts with "xn--" (the labels' starts, read in place).
    if (hostname.startsWith('xn--') || hostname.includes('.xn--')) {
      reasons.push('PUNYCODE_HOST');
      if (unicodeHost.split('.').some((l) => scriptsOf(l).size > 1)) reasons.push('MIXED_SCRIPT_HOST');
    }
    if (subdomain && subdomain.split('.').length >= DEEP_SUBDOMAIN_LABELS) reasons.push('DEEP_SUBDOMAINS');
  }
  if (APP_DOWNLOAD_PATH.test(url.pathname) || APP_DOWNLOAD_PATH.test(url.search)) reasons.push('APP_DOWNLOAD');
  if (explicitScheme && url.protocol === 'http:') reasons.push('NOT_HTTPS');
  if (url.href.length > LONG_URL_LENGTH) reasons.push('LONG_URL');
  if (!reasons.length || reasons.every((r) => r === 'NOT_HTTPS' || r === 'LONG_URL' || r === 'DEEP_SUBDOMAINS')) {
    reasons.unshift('UNKNOWN_DOMAIN');
  }
  const government = label !== undefined && reasons.length === 1 && GOVERNMENT_SUFFIX.test(parsed.publicSuffix ?? '');
  return government ? { normalized: url.href, reasons, label, government } : { normalized: url.href, reasons, label };
}
