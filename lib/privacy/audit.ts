import Papa from 'papaparse';
import { getDictionary } from '@/lib/i18n';
import { countUnits, isSmallCount, isVillageCode, parentCodeOf, SUPPRESSED_LABEL } from './suppress';

// The privacy walk's checker: given what a public URL answered (JSON, CSV text, table rows
// or page HTML) it lists (a) anything from the restricted tables (accounts, sessions, audit
// log, uploaders: emails, tokens, hashes, addresses), (b) kelurahan-level counts of 1-4 left
// visible and (c) a lone withheld kelurahan among visible siblings (total - visible = it).

export type Violation = { kind: 'restricted' | 'small_count' | 'lone_suppressed'; where: string; detail: string };

export type AuditContext = {
  /** The indicator's unit when known: its `value` is a count only for count units. */
  unit?: string;
  /** Units by indicator code, for bodies that mix indicators (breakdown rows carry `indicator`). */
  units?: Record<string, string>;
  format?: 'json' | 'csv' | 'rows' | 'html';
};

/** Field names that only restricted tables have (users, sessions, accounts, verifications, audit_log, import batches). */
const restrictedKeys = new Set(
  [
    'email',
    'emailverified',
    'password',
    'passwordhash',
    'token',
    'sessiontoken',
    'accesstoken',
    'refreshtoken',
    'idtoken',
    'ipaddress',
    'useragent',
    'userid',
    'uploadedby',
    'uploader',
    'actor',
    'impersonatedby',
    'secret',
  ].map(normaliseKey),
);

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const restrictedText =
  /\b(passwordHash|sessionToken|accessToken|refreshToken|ipAddress|userAgent|uploadedBy|better-auth\.session_token=)/;

/** Columns (API keys or on-screen labels in either language) that hold counts of people or families. */
const countKeys = new Set(['numerator', 'denominator', 'krs', 'reached', 'familiesreached'].map(normaliseKey));
const valueKeys = new Set(
  ['value', ...(['id', 'en'] as const).flatMap((l) => [getDictionary(l).explore.colValue])].map(normaliseKey),
);
const codeKeys = new Set(
  ['code', 'regioncode', ...(['id', 'en'] as const).map((l) => getDictionary(l).explore.colCode)].map(normaliseKey),
);

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function findPrivacyViolations(payload: unknown, context: AuditContext = {}): Violation[] {
  const format = context.format ?? (typeof payload === 'string' ? 'html' : 'json');
  if (format === 'html') {
    const html = String(payload);
    return [...textViolations(html, 'page'), ...htmlTables(html).flatMap((rows) => rowViolations(rows, context))];
  }
  if (format === 'csv') {
    const text = String(payload).replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: true }).data;
    return [...textViolations(text, 'csv'), ...rowViolations(rows, context)];
  }
  if (format === 'rows') return rowViolations(payload as Record<string, unknown>[], context);
  return jsonViolations(payload, context);
}

/** The tables of a server-rendered page as rows keyed by their header cells (the page's own figures). */
export function htmlTables(html: string): Record<string, string>[][] {
  const text = (cell: string) =>
    cell
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/&nbsp;|\u00a0/g, ' ')
      .trim();
  const cells = (row: string) => [...row.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1] ?? ''));
  return [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)].map(([table]) => {
    const rows = [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1] ?? ''));
    const [header = [], ...body] = rows;
    return body.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
  });
}

function textViolations(text: string, where: string): Violation[] {
  const out: Violation[] = [];
  const email = text.match(emailPattern);
  if (email) out.push({ kind: 'restricted', where, detail: `an e-mail address (${email[0]})` });
  const term = text.match(restrictedText);
  if (term) out.push({ kind: 'restricted', where, detail: `a restricted field (${term[0]})` });
  return out;
}

type Cell = { code: string; suppressed: boolean; carries: boolean; group: string };

/** Rows keyed by column (CSV, XLSX, an on-screen table): village rows must show small counts as <5. */
function rowViolations(rows: Record<string, unknown>[], context: AuditContext): Violation[] {
  const out: Violation[] = [];
  const cells: Cell[] = [];
  rows.forEach((row, i) => {
    for (const key of Object.keys(row)) {
      if (restrictedKeys.has(normaliseKey(key))) out.push({ kind: 'restricted', where: `row ${i + 1}`, detail: `column ${key}` });
      const v = row[key];
      if (typeof v === 'string' && emailPattern.test(v))
        out.push({ kind: 'restricted', where: `row ${i + 1}`, detail: 'an e-mail' });
    }
    const codeKey = Object.keys(row).find((k) => codeKeys.has(normaliseKey(k)));
    const code = codeKey ? String(row[codeKey] ?? '') : '';
    if (!isVillageCode(code)) return;
    const counted = countedKeys(Object.keys(row), context);
    let suppressed = row.suppressed === true || row.suppressed === 'true';
    let carries = false;
    for (const key of counted) {
      const raw = row[key];
      if (raw === SUPPRESSED_LABEL) suppressed = true;
      const n = readCount(raw);
      if (n !== null && Number.isFinite(n)) {
        carries = true;
        if (isSmallCount(n)) out.push({ kind: 'small_count', where: `row ${i + 1} (${code})`, detail: `${key} = ${n}` });
      }
    }
    const period = Object.entries(row).find(([k]) => /^(period|periode|tahun|year)$/i.test(k))?.[1];
    cells.push({ code, suppressed, carries, group: `${parentCodeOf(code)}|${String(period ?? '')}` });
  });
  return [...out, ...loneSuppressed(cells, 'rows')];
}

/** A count from a cell: a number, a plain numeral, or a numeral with thousands separators (1.204 or 1,204 is over a thousand). */
function readCount(raw: unknown): number | null {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const text = raw.trim();
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  return Number(text);
}

function countedKeys(keys: string[], context: AuditContext): string[] {
  const valueIsCount = context.unit === undefined || countUnits.has(context.unit);
  return keys.filter((k) => countKeys.has(normaliseKey(k)) || (valueIsCount && valueKeys.has(normaliseKey(k))));
}

function loneSuppressed(cells: Cell[], where: string): Violation[] {
  const groups = new Map<string, Cell[]>();
  for (const c of cells) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const out: Violation[] = [];
  for (const [group, members] of groups) {
    const hidden = members.filter((m) => m.suppressed);
    if (hidden.length === 1 && members.some((m) => m.carries))
      out.push({
        kind: 'lone_suppressed',
        where,
        detail: `${hidden[0]?.code} is the only withheld kelurahan of ${group.split('|')[0]}`,
      });
  }
  return out;
}

/** Walks a JSON body; a village's figures are found on any object whose code (or region) is a village code. */
function jsonViolations(payload: unknown, context: AuditContext): Violation[] {
  const out: Violation[] = [];
  const walk = (node: unknown, path: string, village: string | null, unit: string | undefined): void => {
    if (typeof node === 'string') {
      if (emailPattern.test(node)) out.push({ kind: 'restricted', where: path, detail: 'an e-mail address' });
      return;
    }
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, `${path}[${i}]`, village, unit);
      out.push(...loneSuppressed(arrayCells(node), path));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    const own = [obj.code, obj.regionCode, obj.region].find((c): c is string => typeof c === 'string');
    const here = own !== undefined ? (isVillageCode(own) ? own : null) : village;
    const rowUnit = typeof obj.indicator === 'string' ? context.units?.[obj.indicator] : undefined;
    const hereUnit = typeof obj.unit === 'string' ? obj.unit : (rowUnit ?? unit);
    for (const [key, value] of Object.entries(obj)) {
      if (restrictedKeys.has(normaliseKey(key)))
        out.push({ kind: 'restricted', where: `${path}.${key}`, detail: `field ${key}` });
      if (here && typeof value === 'number' && isSmallCount(value) && countedKeys([key], { unit: hereUnit }).length)
        out.push({ kind: 'small_count', where: `${path}.${key}`, detail: `${here}: ${key} = ${value}` });
      walk(value, `${path}.${key}`, here, hereUnit);
    }
  };
  walk(payload, '$', null, context.unit);
  return out;
}

/** Village entries of one array (features, rows) as cells for the lone-withheld check. */
function arrayCells(items: unknown[]): Cell[] {
  return items.flatMap((item) => {
    if (item === null || typeof item !== 'object') return [];
    const rec = ((item as { properties?: unknown }).properties ?? item) as Record<string, unknown>;
    const code = [rec.code, rec.regionCode].find((c): c is string => typeof c === 'string');
    if (!code || !isVillageCode(code)) return [];
    const carries = ['value', 'numerator', 'denominator', 'krs', 'reached'].some((k) => typeof rec[k] === 'number');
    return [{ code, suppressed: rec.suppressed === true, carries, group: parentCodeOf(code) }];
  });
}
