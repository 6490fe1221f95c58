import type { DevelopmentArea, ForesightItemKind, StakeholderType } from '@polisee/domain';

/** Bump when the demo exercises change (part of the e2e template key). */
export const FORESIGHT_SEED_VERSION = 1;

export interface StatementSeed {
  theme: string;
  text: string;
  it?: string;
  ro?: string;
  indicators: string[];
  /** Items: kind and, for each round, the centre the demo panel's answers gather around. */
  items: { kind: ForesightItemKind; centre: [number, number]; spread: [number, number] }[];
  arguments?: string[];
}

export interface ExerciseSeed {
  title: string;
  titleIt: string;
  titleRo: string;
  topic: string;
  method: 'ROUNDS' | 'REAL_TIME';
  horizonYear: number;
  regionCode: string | null;
  partnerAcronym: string | null;
  areas: DevelopmentArea[];
  /** Rounds already closed (ROUNDS) or 0 for an open real-time exercise. */
  closedRounds: number;
  panellists: number;
  statements: StatementSeed[];
}

export const STAKEHOLDER_MIX: StakeholderType[] = ['PUBLIC_AUTHORITY', 'CLUSTER_ORGANISATION', 'BUSINESS', 'RESEARCH', 'PUBLIC_AUTHORITY', 'BUSINESS', 'CLUSTER_ORGANISATION', 'RESEARCH', 'CIVIL_SOCIETY', 'BUSINESS', 'PUBLIC_AUTHORITY', 'RESEARCH', 'CLUSTER_ORGANISATION', 'BUSINESS', 'OTHER'];

const P = (c1: number, c2: number, s1 = 1.1, s2 = 0.6) => ({ kind: 'PROBABILITY' as const, centre: [c1, c2] as [number, number], spread: [s1, s2] as [number, number] });
const D = (c1: number, c2: number, s1 = 1, s2 = 0.6) => ({ kind: 'DESIRABILITY' as const, centre: [c1, c2] as [number, number], spread: [s1, s2] as [number, number] });
const I = (c1: number, c2: number, s1 = 1, s2 = 0.7) => ({ kind: 'IMPACT' as const, centre: [c1, c2] as [number, number], spread: [s1, s2] as [number, number] });
const Y = (c1: number, c2: number, s1 = 5, s2 = 3) => ({ kind: 'YEAR' as const, centre: [c1, c2] as [number, number], spread: [s1, s2] as [number, number] });

export const FORESIGHT_SEEDS: ExerciseSeed[] = [
  {
    title: 'The future of clusters in South-East Europe to 2040',
    titleIt: 'Il futuro dei cluster nell’Europa sud-orientale al 2040',
    titleRo: 'Viitorul clusterelor din Europa de Sud-Est până în 2040',
    topic:
      'A two-round Delphi of the partnership on how cluster policy in South-East Europe will change by 2040: specialisation, skills, green and digital transition, finance, cooperation across borders and governance. Fifteen experts from public authorities, cluster organisations, firms and research rated each statement for probability, desirability and impact.',
    method: 'ROUNDS',
    horizonYear: 2040,
    regionCode: null,
    partnerAcronym: null,
    areas: ['SPECIALISATION', 'INNOVATION_RD', 'SKILLS_AND_JOBS', 'SUSTAINABLE_DEVELOPMENT', 'FINANCIAL_FRAMEWORK', 'INTERNATIONAL_COOPERATION'],
    closedRounds: 2,
    panellists: 15,
    statements: [
      {
        theme: 'Specialisation',
        text: 'By 2040 most SEE regions concentrate their cluster support on no more than three smart specialisation domains.',
        it: 'Entro il 2040 la maggior parte delle regioni SEE concentra il sostegno ai cluster su non più di tre ambiti di specializzazione intelligente.',
        ro: 'Până în 2040, majoritatea regiunilor SEE își concentrează sprijinul pentru clustere pe cel mult trei domenii de specializare inteligentă.',
        indicators: ['KIS_EMPLOYMENT_PCT', 'SME_INNOVATORS_PCT'],
        items: [P(3.2, 3.8), D(4, 4.2)],
        arguments: ['Managing authorities keep spreading funds to satisfy every sector.', 'The 2028-2034 programming period already rewards focus.'],
      },
      {
        theme: 'Specialisation',
        text: 'Cluster organisations in the region become the main intermediaries for entrepreneurial discovery.',
        it: 'Le organizzazioni cluster diventano i principali intermediari della scoperta imprenditoriale.',
        ro: 'Organizațiile de cluster devin principalii intermediari ai procesului de descoperire antreprenorială.',
        indicators: ['INNOV_SME_COLLAB_PCT'],
        items: [P(3.6, 4), I(3.8, 4.1)],
        arguments: ['Few cluster managers have the staff to run discovery processes.'],
      },
      {
        theme: 'Innovation and R&D',
        text: 'Business R&D spending per inhabitant in SEE regions doubles compared with 2024.',
        it: 'La spesa delle imprese in R&S per abitante nelle regioni SEE raddoppia rispetto al 2024.',
        ro: 'Cheltuielile firmelor pentru cercetare-dezvoltare pe locuitor în regiunile SEE se dublează față de 2024.',
        indicators: ['BERD_EUR_PER_INH', 'PATENT_APPS_PER_MIO'],
        items: [P(2.6, 2.8, 1.2, 0.7), D(4.5, 4.6, 0.6, 0.4), Y(2036, 2037)],
        arguments: ['Doubling from a low base is realistic where foreign investors bring R&D centres.', 'Public co-financing is too fragmented to leverage private R&D.'],
      },
      {
        theme: 'Innovation and R&D',
        text: 'Joint research infrastructures shared by clusters in at least three countries operate in every SEE country.',
        it: 'In ogni paese SEE operano infrastrutture di ricerca comuni condivise da cluster di almeno tre paesi.',
        ro: 'În fiecare țară SEE funcționează infrastructuri de cercetare comune, partajate de clustere din cel puțin trei țări.',
        indicators: ['INTL_COPUB_PER_MIO'],
        items: [P(2.8, 3), D(4.1, 4.3)],
      },
      {
        theme: 'Skills and jobs',
        text: 'Cluster-led dual training programmes cover most manufacturing clusters.',
        it: 'I programmi di formazione duale guidati dai cluster coprono la maggior parte dei cluster manifatturieri.',
        ro: 'Programele de formare duală conduse de clustere acoperă majoritatea clusterelor din industria prelucrătoare.',
        indicators: ['LIFELONG_LEARNING_PCT', 'HRST_TERTIARY_PCT'],
        items: [P(3.4, 3.9), D(4.6, 4.7, 0.5, 0.4), I(4, 4.3)],
        arguments: ['Employers already co-design curricula in the automotive clusters.'],
      },
      {
        theme: 'Skills and jobs',
        text: 'Emigration of young graduates from SEE regions falls below its 2015 level.',
        it: 'L’emigrazione dei giovani laureati dalle regioni SEE scende sotto il livello del 2015.',
        ro: 'Emigrarea tinerilor absolvenți din regiunile SEE scade sub nivelul din 2015.',
        indicators: ['HRST_TERTIARY_PCT', 'UNEMPLOYMENT_RATE'],
        items: [P(2.4, 2.6, 1.2, 0.9), D(4.8, 4.8, 0.4, 0.4), Y(2038, 2039, 6, 4)],
        arguments: ['Wage convergence is too slow to keep graduates.', 'Remote work for foreign firms keeps many at home already.'],
      },
      {
        theme: 'Green transition',
        text: 'Every cluster in the partnership has a decarbonisation roadmap agreed with its members.',
        it: 'Ogni cluster del partenariato ha una tabella di marcia per la decarbonizzazione concordata con i suoi membri.',
        ro: 'Fiecare cluster din parteneriat are o foaie de parcurs pentru decarbonizare convenită cu membrii săi.',
        indicators: ['RENEWABLE_ENERGY_PCT'],
        items: [P(3.8, 4.2), D(4.4, 4.5), I(3.9, 4.1)],
      },
      {
        theme: 'Green transition',
        text: 'Circular-economy clusters become the largest cluster type by members in SEE.',
        it: 'I cluster dell’economia circolare diventano il tipo di cluster più grande per numero di membri.',
        ro: 'Clusterele de economie circulară devin cel mai mare tip de cluster după numărul de membri.',
        indicators: ['RENEWABLE_ENERGY_PCT'],
        items: [P(2.5, 2.4, 1.1, 0.8), D(3.8, 3.9)],
        arguments: ['Traditional industries will still dominate membership.'],
      },
      {
        theme: 'Digital transition',
        text: 'Most cluster members use shared data spaces run by their cluster organisation.',
        it: 'La maggior parte dei membri dei cluster usa spazi di dati condivisi gestiti dalla propria organizzazione cluster.',
        ro: 'Majoritatea membrilor clusterelor folosesc spații de date comune administrate de organizația de cluster.',
        indicators: ['SME_INNOVATORS_PCT'],
        items: [P(3, 3.3), D(3.9, 4.1), Y(2034, 2035)],
      },
      {
        theme: 'Finance',
        text: 'Regional venture capital funds co-invest with cluster organisations in start-ups of their members.',
        it: 'Fondi regionali di venture capital co-investono con le organizzazioni cluster nelle start-up dei loro membri.',
        ro: 'Fondurile regionale de capital de risc co-investesc împreună cu organizațiile de cluster în start-up-urile membrilor.',
        indicators: ['VENTURE_CAPITAL_PCT_GDP'],
        items: [P(2.9, 3.1), D(4.2, 4.3)],
        arguments: ['Fund managers rarely trust cluster organisations with deal flow.'],
      },
      {
        theme: 'Finance',
        text: 'Cluster organisations earn more than half of their budget from member services instead of public grants.',
        it: 'Le organizzazioni cluster ricavano più di metà del bilancio dai servizi ai membri invece che dai contributi pubblici.',
        ro: 'Organizațiile de cluster obțin peste jumătate din buget din servicii pentru membri, nu din granturi publice.',
        indicators: [],
        items: [P(3.1, 3.4), D(4, 4.2), I(3.5, 3.7)],
      },
      {
        theme: 'Cooperation',
        text: 'Cross-border cluster partnerships in SEE are funded from one macro-regional programme.',
        it: 'I partenariati transfrontalieri tra cluster SEE sono finanziati da un unico programma macroregionale.',
        ro: 'Parteneriatele transfrontaliere între clustere din SEE sunt finanțate dintr-un singur program macroregional.',
        indicators: ['INNOV_SME_COLLAB_PCT', 'INTL_COPUB_PER_MIO'],
        items: [P(2.7, 3), D(4.3, 4.4)],
        arguments: ['Programme rules keep Interreg strands separate.'],
      },
      {
        theme: 'Governance',
        text: 'Regional and national cluster policies in each SEE country are steered by one joint board.',
        it: 'Le politiche cluster regionali e nazionali di ciascun paese SEE sono guidate da un unico comitato congiunto.',
        ro: 'Politicile de cluster regionale și naționale din fiecare țară SEE sunt coordonate de un singur comitet comun.',
        indicators: ['GOV_QUALITY_INDEX'],
        items: [P(2.9, 3.2), D(4.1, 4.4), I(3.7, 4)],
      },
      {
        theme: 'Governance',
        text: 'Cluster policy is evaluated every three years with a shared SEE benchmarking method.',
        it: 'La politica dei cluster è valutata ogni tre anni con un metodo comune di benchmarking SEE.',
        ro: 'Politica de cluster este evaluată la fiecare trei ani cu o metodă comună de benchmarking SEE.',
        indicators: ['GOV_QUALITY_INDEX'],
        items: [P(3.5, 4), D(4.5, 4.6, 0.6, 0.4)],
        arguments: ['This platform is the start of exactly that.'],
      },
    ],
  },
  {
    title: 'Marche clusters after the energy transition: a real-time Delphi',
    titleIt: 'I cluster delle Marche dopo la transizione energetica: un Delphi in tempo reale',
    titleRo: 'Clusterele din Marche după tranziția energetică: un Delphi în timp real',
    topic: 'An open, roundless Delphi: statistics update as experts answer. How will the Marche manufacturing clusters (furniture, footwear, mechanics) change by 2035?',
    method: 'REAL_TIME',
    horizonYear: 2035,
    regionCode: 'ITI3',
    partnerAcronym: null,
    areas: ['SUSTAINABLE_DEVELOPMENT', 'SPECIALISATION'],
    closedRounds: 0,
    panellists: 6,
    statements: [
      {
        theme: 'Energy',
        text: 'Most firms of the furniture district produce a third of their energy on site.',
        it: 'La maggior parte delle imprese del distretto del mobile produce in loco un terzo della propria energia.',
        ro: 'Majoritatea firmelor din districtul mobilei își produc la fața locului o treime din energie.',
        indicators: ['RENEWABLE_ENERGY_PCT'],
        items: [P(3.4, 3.4), D(4.3, 4.3)],
      },
      {
        theme: 'Skills',
        text: 'The footwear cluster trains its technicians in a shared regional academy.',
        it: 'Il cluster calzaturiero forma i propri tecnici in un’accademia regionale condivisa.',
        ro: 'Clusterul de încălțăminte își formează tehnicienii într-o academie regională comună.',
        indicators: ['LIFELONG_LEARNING_PCT'],
        items: [P(3.1, 3.1), I(3.9, 3.9)],
      },
      {
        theme: 'Innovation',
        text: 'Business R&D per inhabitant in Marche reaches the Italian average.',
        it: 'La R&S delle imprese per abitante nelle Marche raggiunge la media italiana.',
        ro: 'Cheltuielile firmelor pentru cercetare-dezvoltare pe locuitor în Marche ating media Italiei.',
        indicators: ['BERD_EUR_PER_INH'],
        items: [P(2.9, 2.9), Y(2033, 2033)],
      },
    ],
  },
];

/** Drivers and scenarios of the finished exercise, drawn from its statements (by index). */
export const SCENARIO_SEED = {
  drivers: [
    { statement: 2, name: 'Business R&D', description: 'How fast firms in the region invest in research.', projections: ['Stays low', 'Doubles'] },
    { statement: 5, name: 'Keeping young talent', description: 'Whether graduates stay in or return to SEE regions.', projections: ['Brain drain continues', 'Graduates stay and return'] },
    { statement: 11, name: 'Macro-regional cooperation', description: 'How cross-border cluster cooperation is funded.', projections: ['Fragmented projects', 'One macro-regional programme'] },
  ],
  scenarios: [
    {
      title: 'Connected specialisation',
      narrative:
        'Firms double their R&D, graduates find research jobs at home and a single macro-regional programme funds cross-border cluster partnerships. Clusters become the region’s engines of specialisation and sell services across SEE.',
      choices: [1, 1, 1],
    },
    {
      title: 'Islands of excellence',
      narrative:
        'A few regions with foreign R&D centres double their business R&D and keep their graduates, while cooperation stays project by project. The gap between leading and lagging regions widens.',
      choices: [1, 1, 0],
    },
    {
      title: 'Networked but hollow',
      narrative:
        'Cross-border cooperation is funded generously, but firms invest little in R&D and young people keep leaving. Cluster organisations run many joint projects with few lasting results.',
      choices: [0, 0, 1],
    },
    {
      title: 'Slow drift',
      narrative: 'R&D stays low, emigration continues and cooperation is fragmented: clusters survive on public grants and specialisation strategies stay on paper.',
      choices: [0, 0, 0],
    },
  ],
};

/** A few arguments per item for round 2, when the demo panellist is outside the IQR of round 1. */
export const OUTLIER_REASONS = [
  'Our region’s experience points the other way.',
  'The national programme funding this ends in 2027.',
  'Firms in my sector are already moving faster than the group expects.',
  'Demography will dominate whatever policy does.',
];
