import type { DevelopmentAreaValue } from '../../modules/indicator/indicator.entity';
import type { LearningStage } from '@polisee/domain';

/**
 * Demo learning cycles (flagged isDemo): eight regions at different stages, written as the
 * partners' policy officers would. Figures are plausible, not real programme data.
 */
export const LEARNING_CYCLE_SEED_VERSION = 1;

export interface SeedIndicator {
  kind: 'OUTPUT' | 'RESULT';
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
}

export interface SeedMeasure {
  title: string;
  objective: string;
  players: string;
  startsOn: string;
  endsOn: string;
  costEur: number;
  fundingSource: string;
  indicators: SeedIndicator[];
}

export interface SeedCycle {
  title: string;
  regionCode: string;
  partner: string;
  stage: LearningStage;
  isPublic: boolean;
  startedOn: string;
  assessment?: { context: string; strengths: string[]; barriers: string[]; missingData: string[] };
  snapshot?: boolean;
  /** How many of the snapshot's weaknesses become the chosen gaps. */
  gaps?: number;
  peerReview?: {
    topic: string;
    startsOn: string;
    endsOn: string;
    peers: { name: string; organisation: string; country: string }[];
    selfAssessment: string;
    peerAnalysis: string;
    recommendations: string[];
    todos: string[];
    completed: boolean;
  };
  measures?: SeedMeasure[];
  pilot?: {
    measure: number;
    title: string;
    description: string;
    participants: string[];
    areas: DevelopmentAreaValue[];
    startsOn: string;
    endsOn: string;
    budgetEur: number;
    status: 'PLANNED' | 'RUNNING' | 'COMPLETED' | 'STOPPED';
    /** Per indicator of the measure: [date, value, note] readings. */
    readings: [string, number, string][][];
  };
  evaluation?: { findings: string; lessons: string; transferability: string; decision: 'TRANSFER' | 'REVISE' | 'STOP' };
  transfer?: { summary: string };
}

export const LEARNING_CYCLE_SEEDS: SeedCycle[] = [
  {
    title: 'Innovation vouchers for agri-food SMEs in the North-East',
    regionCode: 'RO21',
    partner: 'RDA NE',
    stage: 'TRANSFER',
    isPublic: true,
    startedOn: '2023-02-01',
    assessment: {
      context:
        'Agri-food, textiles and wood processing employ four in ten industrial workers. Research capacity is concentrated in the Iasi university centre, but business R&D spending remains among the lowest of EU regions and few SMEs co-operate with research organisations.',
      strengths: ['Iasi university and research centre', 'Agri-food cluster with 60 members', 'Regional Innovation Strategy adopted in 2021'],
      barriers: ['Very low business R&D', 'Micro firms cannot pre-finance innovation projects', 'Short, infrequent calls'],
      missingData: ['Cluster members’ turnover 2021', 'Business R&D by NUTS-3 county'],
    },
    snapshot: true,
    gaps: 2,
    peerReview: {
      topic: 'Business R&D support for agri-food SMEs',
      startsOn: '2023-09-12',
      endsOn: '2023-09-14',
      peers: [
        { name: 'Giulia Conti', organisation: 'Marche Region, Innovation Directorate', country: 'IT' },
        { name: 'Ana Kovač', organisation: 'Eastern Slovenia Regional Development Agency', country: 'SI' },
        { name: 'Péter Szabó', organisation: 'South Great Plain Regional Innovation Agency', country: 'HU' },
      ],
      selfAssessment:
        'Two voucher schemes exist (ROP and the county council) but together they reached 14 firms in 2022. Calls open once a year for six weeks; applicants must pre-finance 100% of the costs.',
      peerAnalysis:
        'The instruments are sound but hard to reach: calls are too short, the pre-financing requirement excludes micro firms, and nobody helps firms formulate an innovation need. The cluster organisation is the natural broker but is not funded for it.',
      recommendations: [
        'Merge the two voucher schemes into one rolling call with a single application form',
        'Pay 40% of the voucher in advance for micro firms',
        'Fund two innovation brokers in the agri-food cluster to prepare applications',
      ],
      todos: ['Launch a rolling innovation-voucher call for agri-food SMEs', 'Fund two innovation brokers in the agri-food cluster'],
      completed: true,
    },
    measures: [
      {
        title: 'Rolling innovation-voucher call for agri-food SMEs',
        objective: 'More agri-food SMEs buy R&D and testing services from regional research organisations.',
        players: 'RDA North-East (managing), Iasi University of Life Sciences, agri-food cluster, county councils',
        startsOn: '2024-01-15',
        endsOn: '2025-12-31',
        costEur: 450000,
        fundingSource: 'North-East Regional Programme 2021-2027, priority 1',
        indicators: [
          { kind: 'OUTPUT', name: 'Innovation vouchers awarded', unit: 'vouchers', baseline: 0, target: 60 },
          { kind: 'RESULT', name: 'SMEs co-operating with research organisations', unit: 'firms', baseline: 14, target: 50 },
        ],
      },
      {
        title: 'Innovation brokers in the agri-food cluster',
        objective: 'Help micro firms formulate innovation needs and apply for vouchers.',
        players: 'Agri-food cluster association, RDA North-East',
        startsOn: '2024-03-01',
        endsOn: '2025-12-31',
        costEur: 96000,
        fundingSource: 'Regional Programme technical assistance',
        indicators: [{ kind: 'OUTPUT', name: 'Firms coached by brokers', unit: 'firms', baseline: 0, target: 80 }],
      },
    ],
    pilot: {
      measure: 0,
      title: 'Innovation vouchers in Suceava and Iasi counties',
      description: 'The rolling call tested in two counties before it opens region-wide; vouchers of EUR 5 000 to 15 000 with a 40% advance for micro firms.',
      participants: ['IEF'],
      areas: ['INNOVATION_RD', 'FINANCIAL_FRAMEWORK'],
      startsOn: '2024-01-15',
      endsOn: '2025-06-30',
      budgetEur: 180000,
      status: 'COMPLETED',
      readings: [
        [
          ['2024-03-31', 6, 'First cut-off: 9 applications'],
          ['2024-06-30', 17, 'Brokers started in April'],
          ['2024-09-30', 29, ''],
          ['2024-12-31', 38, 'County council co-financing added'],
          ['2025-03-31', 49, ''],
          ['2025-06-30', 57, 'Pilot closed'],
        ],
        [
          ['2024-06-30', 19, 'Survey of beneficiaries'],
          ['2024-12-31', 27, 'Survey of beneficiaries'],
          ['2025-06-30', 41, 'Final survey'],
        ],
      ],
    },
    evaluation: {
      findings:
        'The rolling call awarded 57 vouchers in 18 months (95% of the target) against 14 a year before. Co-operation with research organisations rose from 14 to 41 firms (75% of the target): brokers were decisive for micro firms.',
      lessons: 'Advance payment and brokers matter more than the voucher amount. One application form for both schemes halved the processing time.',
      transferability: 'Transferable to regions with a university centre and an active cluster organisation; needs a managing authority willing to pay advances.',
      decision: 'TRANSFER',
    },
    transfer: {
      summary:
        'The rolling voucher call with advance payment and cluster brokers is documented for the policy-example library and was presented to the Bulgarian and Greek partners.',
    },
  },
  {
    title: 'Internationalisation of the Marche mechatronics cluster',
    regionCode: 'ITI3',
    partner: 'MARCHE',
    stage: 'EVALUATION',
    isPublic: true,
    startedOn: '2023-04-01',
    assessment: {
      context: 'Mechatronics and home appliances form the backbone of manufacturing; most firms are subcontractors with few direct export channels outside the EU.',
      strengths: ['Dense supply chain of 400 mechatronics SMEs', 'Strong technical schools'],
      barriers: ['Few firms export outside the EU', 'Fragmented trade-fair support'],
      missingData: ['Export figures by cluster'],
    },
    snapshot: true,
    gaps: 2,
    peerReview: {
      topic: 'Export support for subcontracting SMEs',
      startsOn: '2024-02-20',
      endsOn: '2024-02-22',
      peers: [
        { name: 'Martin Huber', organisation: 'Styrian Business Promotion Agency', country: 'AT' },
        { name: 'Lucia Horváthová', organisation: 'West Slovakia Innovation Agency', country: 'SK' },
      ],
      selfAssessment: 'Trade-fair vouchers exist but firms use them one by one and rarely return with contracts.',
      peerAnalysis: 'Joint cluster missions with pre-arranged B2B meetings produce more contracts than individual trade-fair stands; Styria runs such missions twice a year.',
      recommendations: ['Replace individual trade-fair vouchers by two joint cluster missions a year', 'Hire an export manager shared by the cluster members'],
      todos: ['Organise joint cluster missions with pre-arranged B2B meetings'],
      completed: true,
    },
    measures: [
      {
        title: 'Joint cluster missions with pre-arranged B2B meetings',
        objective: 'More mechatronics SMEs sign contracts outside the EU.',
        players: 'Marche Region, mechatronics cluster, chamber of commerce',
        startsOn: '2024-05-01',
        endsOn: '2025-12-31',
        costEur: 320000,
        fundingSource: 'ERDF Regional Programme Marche 2021-2027',
        indicators: [
          { kind: 'OUTPUT', name: 'SMEs taking part in missions', unit: 'firms', baseline: 0, target: 45 },
          { kind: 'RESULT', name: 'Contracts signed outside the EU', unit: 'contracts', baseline: 3, target: 20 },
        ],
      },
    ],
    pilot: {
      measure: 0,
      title: 'Mechatronics missions to Canada and the Gulf',
      description: 'Two missions with 40 pre-arranged B2B meetings each.',
      participants: ['MPIO'],
      areas: ['INTERNATIONAL_COOPERATION', 'SPECIALISATION'],
      startsOn: '2024-05-01',
      endsOn: '2025-10-31',
      budgetEur: 140000,
      status: 'COMPLETED',
      readings: [
        [
          ['2024-10-15', 14, 'Toronto mission'],
          ['2025-03-20', 27, 'Dubai mission'],
          ['2025-10-10', 39, 'Montreal mission'],
        ],
        [
          ['2024-12-31', 4, ''],
          ['2025-06-30', 8, ''],
          ['2025-10-31', 11, 'Follow-up survey'],
        ],
      ],
    },
    evaluation: {
      findings: 'Participation reached 87% of the target, but only 11 contracts were signed (47% of the target): follow-up after the missions was left to the firms.',
      lessons: 'Missions need a follow-up budget and a shared export manager.',
      transferability: 'Transferable to subcontracting clusters; the follow-up gap must be fixed first.',
      decision: 'REVISE',
    },
  },
  {
    title: 'Skills for the wood-processing cluster in Eastern Slovenia',
    regionCode: 'SI03',
    partner: 'ESRDA',
    stage: 'PILOT',
    isPublic: true,
    startedOn: '2024-01-10',
    assessment: {
      context: 'Wood processing and furniture employ 9 000 people; firms report unfilled positions for CNC operators and designers.',
      strengths: ['Forest resources', 'Vocational school in Novo mesto'],
      barriers: ['Ageing workforce', 'Training not matched to CNC technology'],
      missingData: ['Vacancies by occupation'],
    },
    snapshot: true,
    gaps: 2,
    measures: [
      {
        title: 'Dual CNC-operator training with cluster firms',
        objective: 'Train young CNC operators in firms and school together.',
        players: 'Wood cluster, vocational school, employment service',
        startsOn: '2025-01-01',
        endsOn: '2026-06-30',
        costEur: 210000,
        fundingSource: 'European Social Fund Plus, Slovenia',
        indicators: [
          { kind: 'OUTPUT', name: 'Trainees enrolled', unit: 'trainees', baseline: 0, target: 60 },
          { kind: 'RESULT', name: 'Trainees employed six months later', unit: '%', baseline: 35, target: 70 },
        ],
      },
    ],
    pilot: {
      measure: 0,
      title: 'CNC academy of the wood cluster',
      description: 'Six cluster firms host trainees three days a week.',
      participants: [],
      areas: ['SKILLS_AND_JOBS'],
      startsOn: '2025-01-01',
      endsOn: '2026-06-30',
      budgetEur: 95000,
      status: 'RUNNING',
      readings: [
        [
          ['2025-03-31', 18, 'First intake'],
          ['2025-09-30', 41, 'Second intake'],
        ],
        [['2025-09-30', 52, 'First cohort, six-month follow-up']],
      ],
    },
  },
  {
    title: 'Green-tech cluster: resource-efficient production in Styria',
    regionCode: 'AT22',
    partner: 'SBPA',
    stage: 'PILOT',
    isPublic: true,
    startedOn: '2024-03-01',
    assessment: {
      context: 'The green-tech cluster has 200 members; SMEs lack the capacity to audit their energy and material use.',
      strengths: ['Leading green-tech cluster', 'Technical university in Graz'],
      barriers: ['SMEs do not know their savings potential'],
      missingData: [],
    },
    snapshot: true,
    gaps: 1,
    measures: [
      {
        title: 'Resource-efficiency checks for manufacturing SMEs',
        objective: 'SMEs cut energy and material use through subsidised audits and follow-up investments.',
        players: 'Styrian Business Promotion Agency, green-tech cluster, energy agency',
        startsOn: '2025-02-01',
        endsOn: '2026-12-31',
        costEur: 380000,
        fundingSource: 'IBW/EFRE Austria 2021-2027',
        indicators: [
          { kind: 'OUTPUT', name: 'Resource-efficiency checks completed', unit: 'checks', baseline: 0, target: 120 },
          { kind: 'RESULT', name: 'Energy saved by audited firms', unit: 'MWh/year', baseline: 0, target: 9000 },
        ],
      },
    ],
    pilot: {
      measure: 0,
      title: 'Resource-efficiency checks in the Mur valley',
      description: 'Checks by certified auditors, followed by an investment plan.',
      participants: ['UACN'],
      areas: ['SUSTAINABLE_DEVELOPMENT', 'INNOVATION_RD'],
      startsOn: '2025-02-01',
      endsOn: '2026-06-30',
      budgetEur: 150000,
      status: 'RUNNING',
      readings: [
        [
          ['2025-04-30', 22, ''],
          ['2025-07-31', 51, ''],
          ['2025-10-31', 83, ''],
        ],
        [
          ['2025-07-31', 1800, 'Estimated from audit reports'],
          ['2025-10-31', 4100, 'Estimated from audit reports'],
        ],
      ],
    },
  },
  {
    title: 'Financing instruments for Szeged’s agri-food and pharma clusters',
    regionCode: 'HU33',
    partner: 'SGPRIA',
    stage: 'ACTION_PLAN',
    isPublic: true,
    startedOn: '2024-05-01',
    assessment: {
      context: 'Agri-food processing and pharmaceuticals around Szeged; cluster SMEs rely on grants and rarely use loans or equity.',
      strengths: ['University of Szeged life sciences', 'ELI-ALPS laser research centre'],
      barriers: ['No regional venture capital', 'Banks do not understand innovation risk'],
      missingData: ['Loan volumes to cluster members'],
    },
    snapshot: true,
    gaps: 2,
    peerReview: {
      topic: 'Financial instruments for cluster SMEs',
      startsOn: '2025-01-28',
      endsOn: '2025-01-30',
      peers: [
        { name: 'Tomasz Wright', organisation: 'Upper Austria Cluster Network', country: 'AT' },
        { name: 'Eleni Papadaki', organisation: 'Region of Central Macedonia', country: 'GR' },
      ],
      selfAssessment: 'Grants dominate; a guarantee fund exists nationally but cluster SMEs do not use it.',
      peerAnalysis: 'A regional guarantee window with cluster pre-screening would bridge banks and innovative SMEs.',
      recommendations: ['Open a regional guarantee window with cluster pre-screening', 'Train bank officers on cluster innovation projects'],
      todos: ['Open a regional guarantee window with cluster pre-screening'],
      completed: true,
    },
    measures: [
      {
        title: 'Regional guarantee window with cluster pre-screening',
        objective: 'Innovative cluster SMEs obtain bank loans for innovation projects.',
        players: 'South Great Plain Regional Innovation Agency, Hungarian Development Bank, cluster managers',
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        costEur: 2000000,
        fundingSource: 'EDIOP Plus financial instruments',
        indicators: [
          { kind: 'OUTPUT', name: 'Guarantees issued', unit: 'guarantees', baseline: 0, target: 40 },
          { kind: 'RESULT', name: 'Private investment leveraged', unit: 'EUR million', baseline: 0, target: null },
        ],
      },
    ],
  },
  {
    title: 'Cluster governance in Central Macedonia',
    regionCode: 'EL52',
    partner: 'RCM',
    stage: 'PEER_LEARNING',
    isPublic: true,
    startedOn: '2025-01-15',
    assessment: {
      context: 'Food, textiles and ICT clusters around Thessaloniki; regional and national programmes support clusters without co-ordination.',
      strengths: ['Thessaloniki university cluster', 'Port and logistics'],
      barriers: ['Overlapping national and regional calls', 'No cluster monitoring'],
      missingData: ['Cluster members’ employment'],
    },
    snapshot: true,
    gaps: 2,
    peerReview: {
      topic: 'Multi-level governance of cluster support',
      startsOn: '2026-02-10',
      endsOn: '2026-02-12',
      peers: [{ name: 'Nikola Petrović', organisation: 'Vojvodina Regional Development Agency', country: 'RS' }],
      selfAssessment: 'Three ministries and the region fund clusters with different rules.',
      peerAnalysis: '',
      recommendations: [],
      todos: [],
      completed: false,
    },
  },
  {
    title: 'Smart specialisation priorities of North-Central Bulgaria',
    regionCode: 'BG32',
    partner: 'NCBCA',
    stage: 'BENCHMARKING',
    isPublic: true,
    startedOn: '2025-03-01',
    assessment: {
      context: 'Mechanical engineering in Ruse and Gabrovo; the region is losing young graduates to Sofia.',
      strengths: ['Ruse university', 'Engineering tradition'],
      barriers: ['Brain drain', 'Low tertiary attainment'],
      missingData: ['Graduate migration flows'],
    },
    snapshot: true,
    gaps: 0,
  },
  {
    title: 'Blue economy clusters of Adriatic Croatia',
    regionCode: 'HR03',
    partner: 'ACCC',
    stage: 'ANALYSIS',
    isPublic: false,
    startedOn: '2025-09-01',
    assessment: {
      context: 'Shipbuilding, marine technology and tourism; seasonal employment and few R&D-intensive firms.',
      strengths: ['Maritime faculty in Rijeka', 'Shipyard supply chain'],
      barriers: ['Seasonality', 'Shipyard restructuring'],
      missingData: ['Marine technology employment'],
    },
  },
];
