// The brand file turned into lookup tables once, so each check is a few map lookups.
import type { Brand } from '../content/brand.ts';
import { phoneKey } from './phone-key.ts';
import { skeleton } from './skeleton.ts';

export interface BrandIndex {
  brand: Brand;
  /** Canonical keys (see phoneKey) of the official numbers. */
  numberKeys: Set<string>;
  /** Official numbers' national digits, for lookalike comparison. */
  numberDigits: string[];
  /** The brand's own SMS senders (106… numbers), digits only. */
  senders: Set<string>;
  /** Registrable official domains, lowercase ASCII. */
  domains: Set<string>;
  /** Each official domain split into its label and suffix, with the label's confusable skeleton. */
  domainParts: { domain: string; label: string; suffix: string; skeleton: string }[];
  /** ASCII aliases (names, pinyin, short forms) in lowercase, longest first. */
  asciiAliases: string[];
  /** Non-ASCII aliases (the Chinese name), for internationalised domain names such as 安心借客服.cn. */
  unicodeAliases: string[];
}

export function indexBrand(brand: Brand): BrandIndex {
  const numberKeys = new Set<string>();
  const numberDigits: string[] = [];
  for (const n of brand.official_numbers) {
    const key = phoneKey(n.number);
    numberKeys.add(key.key);
    numberDigits.push(key.national);
  }
  const domainParts = brand.official_domains.map((domain) => {
    const dot = domain.indexOf('.');
    const label = domain.slice(0, dot);
    return { domain, label, suffix: domain.slice(dot + 1), skeleton: skeleton(label) };
  });
  const labels = domainParts.map((d) => d.label);
  const asciiAliases = [
    ...new Set(
      [...brand.aliases, brand.name.en, ...labels].map((a) => a.toLowerCase()).filter((a) => /^[a-z0-9-]+$/.test(a)),
    ),
  ]
    .filter((a) => a.length >= 3)
    .sort((a, b) => b.length - a.length);
  const unicodeAliases = [...new Set([brand.name.zh, ...brand.aliases].filter((a) => /[^\x00-\x7f]/.test(a)))]
    .filter((a) => a.length >= 2)
    .sort((a, b) => b.length - a.length);
  const senders = new Set((brand.sms_senders ?? []).map((n) => n.replace(/\D/g, '')));
  return {
    brand,
    numberKeys,
    numberDigits,
    senders,
    domains: new Set(brand.official_domains),
    domainParts,
    asciiAliases,
    unicodeAliases,
  };
}
