import { practiceSlug, searchConfigFor } from '@polisee/domain';
import { INSTRUMENTS, TARGET_GROUPS } from '../../modules/practice/practice.entity';

/**
 * Generates many plausible practices for load tests (`pnpm bench`): sentences are assembled from
 * phrase banks in English, Italian and Romanian so that text search has realistic vocabulary,
 * stems and accents to work on. Deterministic in `seed`. Never used as demo content.
 */
const AREAS = ['INNOVATION_RD', 'SUSTAINABLE_DEVELOPMENT', 'INTERNATIONAL_COOPERATION', 'FINANCIAL_FRAMEWORK', 'SPECIALISATION', 'SKILLS_AND_JOBS', 'MULTILEVEL_GOVERNANCE'];

const BANK = {
  en: {
    what: ['Innovation vouchers', 'Cluster internationalisation programme', 'Loan guarantee fund', 'Technology transfer office', 'Skills academy', 'Green procurement pilot', 'Seed fund', 'Design centre', 'Export consortium', 'Energy audit service', 'Digital innovation hub', 'Dual training scheme'],
    who: ['furniture SMEs', 'food processors', 'automotive suppliers', 'ICT start-ups', 'textile firms', 'tourism operators', 'mechatronics clusters', 'wood processors', 'creative industries', 'agri-tech companies'],
    verb: ['helps', 'funds', 'trains', 'connects', 'supports', 'advises'],
    goal: ['to buy R&D services from accredited labs', 'to enter foreign markets through joint missions', 'to modernise production with digital tools', 'to cut energy use and emissions', 'to hire and retain skilled workers', 'to develop new products with universities', 'to qualify as suppliers of large manufacturers'],
    result: ['vouchers awarded', 'firms supported', 'jobs created', 'new products launched', 'workers trained', 'export contracts signed', 'patents filed'],
    lesson: ['Keep the application short and decide fast.', 'Pay the provider directly.', 'Involve the cluster manager from the start.', 'Measure results against a control group.', 'Use private co-investment.'],
  },
  it: {
    what: ['Voucher per l’innovazione', 'Programma di internazionalizzazione', 'Fondo di garanzia', 'Laboratorio di ricerca industriale', 'Accademia delle competenze', 'Contratti di filiera'],
    who: ['imprese calzaturiere', 'piccole imprese della meccanica', 'aziende agroalimentari', 'start-up digitali', 'distretti del mobile', 'cooperative'],
    verb: ['sostiene', 'finanzia', 'accompagna', 'forma'],
    goal: ['nell’acquisto di servizi di ricerca', 'nell’accesso ai mercati esteri', 'nella transizione digitale', 'nella formazione dei lavoratori', 'nella collaborazione con le università'],
    result: ['voucher concessi', 'imprese finanziate', 'nuovi prodotti', 'lavoratori formati'],
    lesson: ['Le procedure semplici aumentano la partecipazione.', 'Il tutor di distretto riduce gli abbandoni.'],
  },
  ro: {
    what: ['Vouchere pentru inovare', 'Program de internaționalizare', 'Fond de garantare', 'Parc științific și tehnologic', 'Academie de competențe digitale', 'Rețea de inovare'],
    who: ['IMM-uri din industria mobilei', 'firme de procesare a alimentelor', 'start-up-uri TIC', 'clustere textile', 'firme din turism'],
    verb: ['sprijină', 'finanțează', 'instruiește', 'conectează'],
    goal: ['să cumpere servicii de cercetare', 'să intre pe piețe externe', 'să se digitalizeze', 'să colaboreze cu universitățile'],
    result: ['vouchere acordate', 'firme sprijinite', 'locuri de muncă create', 'produse noi'],
    lesson: ['Procedurile simple cresc participarea.', 'Plata directă către furnizor reduce abuzurile.'],
  },
};

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export interface GeneratedPractice {
  slug: string;
  status: 'PUBLISHED' | 'DRAFT';
  title: string;
  summary: string;
  description: string;
  lessons_learned: string;
  transfer_potential: string;
  difficulties: string;
  institution: string;
  country: string;
  region_ids: string[];
  development_areas: string[];
  instrument: string;
  target_groups: string[];
  start_year: number;
  end_year: number | null;
  budget_eur: number;
  results: { description: string }[];
  language: string;
  search_config: string;
  partner_id: string;
}

export function generatePractices(
  n: number,
  seed: number,
  partners: { id: string; name: string; country: string }[],
  regionsByCountry: Map<string, string[]>,
): GeneratedPractice[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[], k: number): T[] => [...new Set(Array.from({ length: k }, () => pick(xs)))];
  const out: GeneratedPractice[] = [];
  for (let i = 0; i < n; i++) {
    const language = r() < 0.8 ? 'en' : r() < 0.5 ? 'it' : 'ro';
    const b = BANK[language as keyof typeof BANK];
    const partner = pick(partners);
    const regions = regionsByCountry.get(partner.country) ?? [];
    const what = pick(b.what);
    const who = pick(b.who);
    const title = `${what} ${language === 'en' ? 'for' : language === 'it' ? 'per' : 'pentru'} ${who} #${i + 1}`.slice(0, 100);
    const count = 10 + Math.floor(r() * 500);
    const start = 2008 + Math.floor(r() * 16);
    out.push({
      slug: `${practiceSlug(title)}-g${i + 1}`.slice(0, 100),
      status: r() < 0.9 ? 'PUBLISHED' : 'DRAFT',
      title,
      summary: `${what} ${pick(b.verb)} ${who} ${pick(b.goal)}.`,
      description: Array.from({ length: 4 }, () => `${pick(b.what)} ${pick(b.verb)} ${pick(b.who)} ${pick(b.goal)}.`).join(' '),
      lessons_learned: `${pick(b.lesson)} ${pick(b.lesson)}`,
      transfer_potential: `${pick(b.who)} ${pick(b.goal)}.`,
      difficulties: pick(b.lesson),
      institution: partner.name,
      country: partner.country,
      region_ids: regions.length ? [pick(regions)] : [],
      development_areas: some(AREAS, 1 + Math.floor(r() * 2)),
      instrument: pick(INSTRUMENTS),
      target_groups: some(TARGET_GROUPS, 1 + Math.floor(r() * 2)),
      start_year: start,
      end_year: r() < 0.8 ? start + 1 + Math.floor(r() * 5) : null,
      budget_eur: Math.round(50_000 + r() * 10_000_000),
      results: [{ description: `${count} ${pick(b.result)}` }],
      language,
      search_config: searchConfigFor(language),
      partner_id: partner.id,
    });
  }
  return out;
}
