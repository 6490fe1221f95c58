/*
 * The S3 training package (DOMAIN.md 7): six modules after the steps of the RIS3 Guide (Foray et
 * al., Guide to Research and Innovation Strategies for Smart Specialisation, European
 * Commission 2012) and cluster-policy modules per development area, written from the Guide's
 * public method and the European Cluster Observatory's. The teaching text is real content, not
 * demo data; it is seeded with the demo data (SEED_DEMO_DATA). Bump the version when it changes
 * (the API tests' database template is keyed on it).
 */
import type { DevelopmentArea, QuestionKind, Ris3Step } from '@polisee/domain';

export const TRAINING_SEED_VERSION = 2;

export interface LessonSeed {
  title: string;
  body: string;
  links?: { label: string; path: string }[];
}

export interface QuestionSeed {
  kind: QuestionKind;
  prompt: string;
  /** [id, text] in the order shown. */
  options: [string, string][];
  correct: string[];
  explanation: string;
}

export interface ModuleTranslationSeed {
  title: string;
  summary: string;
  lessons: { title: string; body: string }[];
  questions: { prompt: string; explanation: string; options: Record<string, string> }[];
}

export interface ModuleSeed {
  slug: string;
  step: Ris3Step | null;
  areas: DevelopmentArea[];
  title: string;
  summary: string;
  minutes: number;
  passMark: number;
  resources: { kind: 'DOCUMENT' | 'LINK'; title: string; url: string }[];
  lessons: LessonSeed[];
  questions: QuestionSeed[];
  translations?: Partial<Record<'it' | 'ro', ModuleTranslationSeed>>;
}

const GUIDE = { kind: 'DOCUMENT' as const, title: 'Guide to Research and Innovation Strategies for Smart Specialisation (RIS3), European Commission, 2012', url: 'https://s3platform.jrc.ec.europa.eu/ris3-guide' };
const S3P = { kind: 'LINK' as const, title: 'The Smart Specialisation Platform (JRC)', url: 'https://s3platform.jrc.ec.europa.eu/' };

export const TRAINING_SEEDS: ModuleSeed[] = [
  {
    slug: 'ris3-analysis-of-the-regional-context',
    step: 'ANALYSIS',
    areas: ['SPECIALISATION', 'INNOVATION_RD'],
    title: 'Step 1: Analysis of the regional context and innovation potential',
    summary: 'Read the region’s assets, its place in Europe and the entrepreneurial dynamics before choosing anything: the evidence base of a smart specialisation strategy.',
    minutes: 45,
    passMark: 80,
    resources: [GUIDE, S3P, { kind: 'LINK', title: 'Regional Innovation Scoreboard', url: 'https://research-and-innovation.ec.europa.eu/statistics/performance-indicators/regional-innovation-scoreboard_en' }],
    lessons: [
      {
        title: 'Regional assets: what the region already has',
        body: `The RIS3 Guide starts with an honest inventory. A region cannot specialise in what it does not have, so the first step maps its **assets**:

- the economic structure: employment and value added by sector, firm size, clusters and their life-cycle stage;
- the knowledge base: universities, research organisations, business R&D, patents and skills;
- framework conditions: infrastructure, finance, regulation and the quality of institutions.

Use data that can be compared over time and with other regions (Eurostat, the Regional Innovation Scoreboard) and name the gaps in the data openly: a missing figure is a finding, not a reason to guess.`,
        links: [{ label: 'Explore the regions and their indicators', path: '/benchmarking' }],
      },
      {
        title: 'The outward dimension: the region in Europe',
        body: `A strategy written as if the region were an island fails. The Guide asks for the **outward-looking** view:

- Which regions resemble yours in structure, and how do they perform? Compare with *similar* regions, not with the leaders of Europe.
- Where are the region’s firms in European and global value chains, and which links are missing?
- Which partners abroad could supply knowledge, skills or markets?

Smart benchmarking does exactly this: it chooses the reference regions by structural similarity and then shows gaps on performance indicators.`,
        links: [
          { label: 'Benchmark Marche against similar regions', path: '/benchmarking/ITI3' },
          { label: 'See the partnership on the map', path: '/partnership' },
        ],
      },
      {
        title: 'Entrepreneurial dynamics and the first SWOT',
        body: `Numbers describe the past; the **entrepreneurial dynamics** show where the region might go. Look for emerging niches: new firms, spin-offs, diversification of established sectors, cross-sector projects.

Bring the findings together in a SWOT analysis that is specific (“business R&D is 0.2% of GDP, a third of the national average”) rather than generic (“low innovation”). The analysis is recorded in the ANALYSIS stage of a policy-learning cycle, together with the missing data and the barriers it found.`,
        links: [{ label: 'Read how regions recorded their analysis', path: '/cycles' }],
      },
    ],
    questions: [
      {
        kind: 'SINGLE',
        prompt: 'Against which regions should a region compare its performance first?',
        options: [
          ['a', 'The best-performing regions in Europe'],
          ['b', 'Regions that resemble it in economic and social structure'],
          ['c', 'The other regions of the same country only'],
        ],
        correct: ['b'],
        explanation: 'The RIS3 Guide and smart benchmarking compare a region with structurally similar regions: their gaps are the ones a region can realistically close.',
      },
      {
        kind: 'MULTIPLE',
        prompt: 'Which of these belong to the analysis of regional assets?',
        options: [
          ['a', 'Employment by sector and the clusters of the region'],
          ['b', 'Universities, research organisations and business R&D'],
          ['c', 'The list of priorities the strategy will fund'],
          ['d', 'Framework conditions such as finance and infrastructure'],
        ],
        correct: ['a', 'b', 'd'],
        explanation: 'Priorities are chosen later (step 4); the analysis describes the economic structure, the knowledge base and the framework conditions.',
      },
      {
        kind: 'SINGLE',
        prompt: 'A figure the region needs is not available. What should the analysis do?',
        options: [
          ['a', 'Estimate it from the national average without saying so'],
          ['b', 'Leave the indicator out without mention'],
          ['c', 'Record it as missing data and plan how to obtain it'],
        ],
        correct: ['c'],
        explanation: 'Missing is missing, never zero and never a silent guess: the gap is itself a finding and is recorded with the analysis.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Put the work of the analysis step in a sensible order.',
        options: [
          ['a', 'Write a specific SWOT'],
          ['b', 'Inventory the regional assets'],
          ['c', 'Compare with structurally similar regions'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'First know what the region has, then see it against similar regions, then summarise strengths, weaknesses, opportunities and threats.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What does “entrepreneurial dynamics” look for?',
        options: [
          ['a', 'Emerging niches, new firms and the diversification of existing sectors'],
          ['b', 'The number of public servants working on innovation'],
          ['c', 'The region’s share of EU structural funds'],
        ],
        correct: ['a'],
        explanation: 'Entrepreneurial dynamics are the signals of where the economy is moving: start-ups, spin-offs, new combinations of sectors.',
      },
    ],
    translations: {
      it: {
        title: 'Fase 1: Analisi del contesto regionale e del potenziale di innovazione',
        summary: 'Leggere le risorse della regione, la sua posizione in Europa e le dinamiche imprenditoriali prima di scegliere: la base di evidenze di una strategia di specializzazione intelligente.',
        lessons: [
          {
            title: 'Le risorse regionali: ciò che la regione ha già',
            body: `La Guida RIS3 comincia da un inventario onesto. Una regione non può specializzarsi in ciò che non ha, quindi la prima fase mappa le sue **risorse**:

- la struttura economica: occupazione e valore aggiunto per settore, dimensione delle imprese, cluster e loro fase del ciclo di vita;
- la base di conoscenza: università, organismi di ricerca, R&S delle imprese, brevetti e competenze;
- le condizioni di contesto: infrastrutture, finanza, regolazione e qualità delle istituzioni.

Usare dati confrontabili nel tempo e con altre regioni (Eurostat, Regional Innovation Scoreboard) e dichiarare apertamente le lacune: un dato mancante è un risultato, non un motivo per tirare a indovinare.`,
          },
          {
            title: 'La dimensione esterna: la regione in Europa',
            body: `Una strategia scritta come se la regione fosse un’isola fallisce. La Guida chiede uno sguardo **rivolto all’esterno**:

- Quali regioni somigliano alla vostra per struttura e come vanno? Confrontarsi con regioni *simili*, non con i leader europei.
- Dove si collocano le imprese della regione nelle catene del valore europee e globali, e quali collegamenti mancano?
- Quali partner all’estero possono offrire conoscenze, competenze o mercati?

Il benchmarking intelligente fa proprio questo: sceglie le regioni di riferimento per somiglianza strutturale e poi mostra i divari sugli indicatori di performance.`,
          },
          {
            title: 'Dinamiche imprenditoriali e una prima SWOT',
            body: `I numeri descrivono il passato; le **dinamiche imprenditoriali** mostrano dove la regione potrebbe andare. Cercare le nicchie emergenti: nuove imprese, spin-off, diversificazione dei settori consolidati, progetti intersettoriali.

Riunire i risultati in un’analisi SWOT specifica («la R&S delle imprese è lo 0,2% del PIL, un terzo della media nazionale») e non generica («bassa innovazione»). L’analisi si registra nella fase ANALYSIS di un ciclo di apprendimento delle politiche, con i dati mancanti e le barriere individuate.`,
          },
        ],
        questions: [
          {
            prompt: 'Con quali regioni una regione dovrebbe confrontare per prime le proprie prestazioni?',
            explanation: 'La Guida RIS3 e il benchmarking intelligente confrontano una regione con regioni strutturalmente simili: i loro divari sono quelli che una regione può realisticamente colmare.',
            options: { a: 'Le regioni più performanti d’Europa', b: 'Le regioni che le somigliano per struttura economica e sociale', c: 'Solo le altre regioni dello stesso paese' },
          },
          {
            prompt: 'Quali di questi elementi fanno parte dell’analisi delle risorse regionali?',
            explanation: 'Le priorità si scelgono dopo (fase 4); l’analisi descrive la struttura economica, la base di conoscenza e le condizioni di contesto.',
            options: {
              a: 'L’occupazione per settore e i cluster della regione',
              b: 'Università, organismi di ricerca e R&S delle imprese',
              c: 'L’elenco delle priorità che la strategia finanzierà',
              d: 'Condizioni di contesto come finanza e infrastrutture',
            },
          },
          {
            prompt: 'Un dato necessario alla regione non è disponibile. Che cosa deve fare l’analisi?',
            explanation: 'Un dato mancante resta mancante, mai zero e mai una stima taciuta: la lacuna è essa stessa un risultato e si registra con l’analisi.',
            options: { a: 'Stimarlo dalla media nazionale senza dirlo', b: 'Tralasciare l’indicatore senza menzionarlo', c: 'Registrarlo come dato mancante e pianificare come ottenerlo' },
          },
          {
            prompt: 'Mettete in un ordine sensato il lavoro della fase di analisi.',
            explanation: 'Prima conoscere ciò che la regione possiede, poi vederlo rispetto a regioni simili, infine riassumere punti di forza, debolezze, opportunità e minacce.',
            options: { a: 'Scrivere una SWOT specifica', b: 'Fare l’inventario delle risorse regionali', c: 'Confrontarsi con regioni strutturalmente simili' },
          },
          {
            prompt: 'Che cosa cercano le «dinamiche imprenditoriali»?',
            explanation: 'Le dinamiche imprenditoriali sono i segnali della direzione dell’economia: start-up, spin-off, nuove combinazioni di settori.',
            options: {
              a: 'Nicchie emergenti, nuove imprese e diversificazione dei settori esistenti',
              b: 'Il numero di dipendenti pubblici che si occupano di innovazione',
              c: 'La quota della regione nei fondi strutturali dell’UE',
            },
          },
        ],
      },
      ro: {
        title: 'Pasul 1: Analiza contextului regional și a potențialului de inovare',
        summary: 'Citiți resursele regiunii, locul ei în Europa și dinamica antreprenorială înainte de a alege ceva: baza de dovezi a unei strategii de specializare inteligentă.',
        lessons: [
          {
            title: 'Resursele regionale: ce are deja regiunea',
            body: `Ghidul RIS3 începe cu un inventar onest. O regiune nu se poate specializa în ceea ce nu are, așa că primul pas cartografiază **resursele** sale:

- structura economică: ocuparea și valoarea adăugată pe sectoare, mărimea firmelor, clusterele și stadiul lor de dezvoltare;
- baza de cunoaștere: universități, organizații de cercetare, cercetare-dezvoltare în firme, brevete și competențe;
- condițiile-cadru: infrastructură, finanțare, reglementare și calitatea instituțiilor.

Folosiți date comparabile în timp și cu alte regiuni (Eurostat, Regional Innovation Scoreboard) și numiți deschis lipsurile: o cifră lipsă este o constatare, nu un motiv de a ghici.`,
          },
          {
            title: 'Dimensiunea externă: regiunea în Europa',
            body: `O strategie scrisă ca și cum regiunea ar fi o insulă eșuează. Ghidul cere o privire **orientată spre exterior**:

- Ce regiuni seamănă cu a dumneavoastră ca structură și cum performează? Comparați-vă cu regiuni *similare*, nu cu liderii Europei.
- Unde se află firmele regiunii în lanțurile valorice europene și globale și ce legături lipsesc?
- Ce parteneri din străinătate ar putea aduce cunoaștere, competențe sau piețe?

Benchmarkingul inteligent face exact acest lucru: alege regiunile de referință după asemănarea structurală și arată apoi decalajele la indicatorii de performanță.`,
          },
          {
            title: 'Dinamica antreprenorială și o primă analiză SWOT',
            body: `Cifrele descriu trecutul; **dinamica antreprenorială** arată încotro ar putea merge regiunea. Căutați nișele emergente: firme noi, spin-off-uri, diversificarea sectoarelor consacrate, proiecte între sectoare.

Adunați constatările într-o analiză SWOT concretă („cercetarea-dezvoltarea în firme este 0,2% din PIB, o treime din media națională”), nu generală („inovare scăzută”). Analiza se înregistrează în etapa ANALYSIS a unui ciclu de învățare a politicilor, împreună cu datele lipsă și barierele găsite.`,
          },
        ],
        questions: [
          {
            prompt: 'Cu ce regiuni ar trebui o regiune să își compare mai întâi performanța?',
            explanation: 'Ghidul RIS3 și benchmarkingul inteligent compară o regiune cu regiuni similare ca structură: decalajele lor sunt cele pe care o regiune le poate reduce realist.',
            options: { a: 'Cu regiunile cele mai performante din Europa', b: 'Cu regiunile care îi seamănă ca structură economică și socială', c: 'Doar cu celelalte regiuni ale aceleiași țări' },
          },
          {
            prompt: 'Care dintre acestea fac parte din analiza resurselor regionale?',
            explanation: 'Prioritățile se aleg mai târziu (pasul 4); analiza descrie structura economică, baza de cunoaștere și condițiile-cadru.',
            options: {
              a: 'Ocuparea pe sectoare și clusterele regiunii',
              b: 'Universitățile, organizațiile de cercetare și cercetarea-dezvoltarea din firme',
              c: 'Lista priorităților pe care strategia le va finanța',
              d: 'Condițiile-cadru, precum finanțarea și infrastructura',
            },
          },
          {
            prompt: 'O cifră de care regiunea are nevoie nu este disponibilă. Ce trebuie să facă analiza?',
            explanation: 'Lipsa rămâne lipsă, niciodată zero și niciodată o estimare tăcută: golul este el însuși o constatare și se înregistrează odată cu analiza.',
            options: { a: 'Să o estimeze din media națională fără să spună', b: 'Să omită indicatorul fără să-l menționeze', c: 'Să o înregistreze ca dată lipsă și să planifice cum va fi obținută' },
          },
          {
            prompt: 'Ordonați logic activitățile pasului de analiză.',
            explanation: 'Mai întâi aflați ce are regiunea, apoi comparați-o cu regiuni similare, apoi rezumați punctele tari, punctele slabe, oportunitățile și amenințările.',
            options: { a: 'Scrierea unei analize SWOT concrete', b: 'Inventarierea resurselor regionale', c: 'Compararea cu regiuni similare ca structură' },
          },
          {
            prompt: 'Ce urmărește „dinamica antreprenorială”?',
            explanation: 'Dinamica antreprenorială reunește semnalele direcției economiei: start-up-uri, spin-off-uri, noi combinații de sectoare.',
            options: {
              a: 'Nișe emergente, firme noi și diversificarea sectoarelor existente',
              b: 'Numărul funcționarilor publici care lucrează pentru inovare',
              c: 'Ponderea regiunii în fondurile structurale ale UE',
            },
          },
        ],
      },
    },
  },
  {
    slug: 'ris3-governance',
    step: 'GOVERNANCE',
    areas: ['MULTILEVEL_GOVERNANCE'],
    title: 'Step 2: Governance: ensuring participation and ownership',
    summary: 'Who decides, who takes part and who manages: the quadruple helix, the entrepreneurial discovery process and a structure that lasts beyond one programming period.',
    minutes: 40,
    passMark: 80,
    resources: [GUIDE, S3P],
    lessons: [
      {
        title: 'The quadruple helix',
        body: `Smart specialisation is not written by a ministry alone. The Guide asks for a **broad participation** of four groups:

1. public authorities (regional and national, several departments);
2. businesses, including SMEs and cluster organisations;
3. research and higher education;
4. civil society and the users of innovation.

Each brings knowledge the others lack. Businesses in particular know which markets and technologies are emerging; without them the entrepreneurial discovery process cannot happen.`,
        links: [{ label: 'Meet the partnership’s institutions', path: '/partnership' }],
      },
      {
        title: 'A structure that decides and manages',
        body: `Participation needs a **structure**: a steering group with a clear mandate, a management team that runs the process day to day, and working groups per priority or development area. ClusterPoliSEE ran one thematic working group per development area for this reason.

Write down who decides what, how conflicts of interest are handled and how the groups report. A structure that exists only on paper, or depends on a single person, does not survive the next election.`,
      },
      {
        title: 'Multi-level and cross-department governance',
        body: `Innovation policy touches education, economy, agriculture, health and the environment, and it is shared between regional, national and European levels. Good **management** aligns them: one calendar, shared indicators, agreed responsibilities and regular dialogue with the national strategy.

Peer reviews help here: peers from other countries see the blind spots of a governance set-up and recommend concrete changes.`,
        links: [{ label: 'Read peer-review recommendations', path: '/cycles' }],
      },
    ],
    questions: [
      {
        kind: 'MULTIPLE',
        prompt: 'Which groups form the quadruple helix?',
        options: [
          ['a', 'Public authorities'],
          ['b', 'Businesses'],
          ['c', 'Research and higher education'],
          ['d', 'Civil society and users of innovation'],
          ['e', 'Rating agencies'],
        ],
        correct: ['a', 'b', 'c', 'd'],
        explanation: 'The quadruple helix adds civil society and users to the classic triple helix of government, business and research.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Why must businesses take part in the governance of a RIS3?',
        options: [
          ['a', 'Because they pay for the strategy'],
          ['b', 'Because they hold knowledge of emerging markets and technologies that the entrepreneurial discovery needs'],
          ['c', 'Because EU law requires a business majority on the steering group'],
        ],
        correct: ['b'],
        explanation: 'Entrepreneurial knowledge is spread across firms; the discovery process depends on it.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What is the main risk of a governance structure that depends on one person?',
        options: [
          ['a', 'It decides too slowly'],
          ['b', 'It does not survive changes of people or government'],
          ['c', 'It costs too much'],
        ],
        correct: ['b'],
        explanation: 'Ownership must be institutional: written mandates and shared structures outlive individuals and elections.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order the layers of a RIS3 governance structure from the one that sets direction to the one closest to the work.',
        options: [
          ['a', 'Thematic working groups'],
          ['b', 'Steering group'],
          ['c', 'Management team'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'The steering group decides, the management team runs the process, the working groups do the thematic work.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What do peer reviews add to governance?',
        options: [
          ['a', 'An outside view of blind spots, with concrete recommendations'],
          ['b', 'A legal approval of the strategy'],
          ['c', 'Additional funding'],
        ],
        correct: ['a'],
        explanation: 'Peers from at least two other countries analyse the host’s set-up and recommend changes; the to-do list can seed an action plan.',
      },
    ],
  },
  {
    slug: 'ris3-shared-vision',
    step: 'VISION',
    areas: ['MULTILEVEL_GOVERNANCE', 'SUSTAINABLE_DEVELOPMENT'],
    title: 'Step 3: Elaborating an overall vision for the future of the region',
    summary: 'A vision that the stakeholders share and that looks at innovation broadly: where the region wants to be in ten to fifteen years and which transformation gets it there.',
    minutes: 30,
    passMark: 80,
    resources: [GUIDE],
    lessons: [
      {
        title: 'A broad view of innovation',
        body: `Innovation is more than research and technology. The Guide asks for a **broad view**: new business models, design, organisational and social innovation, services and public-sector innovation all count.

A region with little R&D can still specialise smartly, for instance by modernising traditional industries, applying key enabling technologies to them or innovating in services and tourism.`,
      },
      {
        title: 'A vision the stakeholders share',
        body: `A vision written by consultants and filed away changes nothing. A **shared vision** is built with the quadruple helix, in workshops and consultations, and states in plain words where the region wants to be in 10 to 15 years.

Foresight methods help: scenarios and Delphi panels make assumptions about the future explicit and show where experts agree and where they do not.`,
        links: [{ label: 'See the developers’ page for the data behind the platform', path: '/developers' }],
      },
      {
        title: 'Scenarios of transformation',
        body: `The Guide distinguishes ways a region can **transform** its economy:

- *transition*: a new domain emerges from an existing one (e.g. from textiles to technical textiles);
- *modernisation*: technologies upgrade an existing sector;
- *diversification*: related variety, moving into neighbouring activities;
- *radical foundation*: a wholly new activity, rare and risky.

Naming the intended transformation keeps the later choice of priorities honest.`,
      },
    ],
    questions: [
      {
        kind: 'SINGLE',
        prompt: 'What does a “broad view of innovation” include?',
        options: [
          ['a', 'Only research and technological development'],
          ['b', 'Technology plus business-model, organisational, social and service innovation'],
          ['c', 'Only innovation financed by the EU'],
        ],
        correct: ['b'],
        explanation: 'The RIS3 Guide explicitly includes non-technological and social innovation.',
      },
      {
        kind: 'SINGLE',
        prompt: 'A textile region moves into technical textiles for medicine. Which transformation is this?',
        options: [
          ['a', 'Transition'],
          ['b', 'Radical foundation'],
          ['c', 'No transformation'],
        ],
        correct: ['a'],
        explanation: 'A new domain grows out of an existing industrial base: a transition.',
      },
      {
        kind: 'MULTIPLE',
        prompt: 'Which methods help build a shared vision?',
        options: [
          ['a', 'Stakeholder workshops'],
          ['b', 'Scenario building'],
          ['c', 'Delphi panels'],
          ['d', 'Keeping the draft confidential until adoption'],
        ],
        correct: ['a', 'b', 'c'],
        explanation: 'A shared vision needs open participation; foresight methods make assumptions explicit.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order these transformations from the least to the most radical.',
        options: [
          ['a', 'Diversification into related activities'],
          ['b', 'Modernisation of an existing sector'],
          ['c', 'Radical foundation of a new activity'],
        ],
        correct: ['b', 'a', 'c'],
        explanation: 'Modernisation upgrades what exists, diversification moves next door, radical foundation starts from scratch.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Over which horizon does a RIS3 vision usually look?',
        options: [
          ['a', 'The next budget year'],
          ['b', 'About 10 to 15 years'],
          ['c', 'More than 50 years'],
        ],
        correct: ['b'],
        explanation: 'The vision looks beyond one programming period but stays close enough to guide choices.',
      },
    ],
  },
  {
    slug: 'ris3-priorities',
    step: 'PRIORITIES',
    areas: ['SPECIALISATION'],
    title: 'Step 4: Identification of priorities',
    summary: 'Choose a limited number of priorities where the region has critical mass and where the entrepreneurial discovery process shows potential, and stay inclusive.',
    minutes: 45,
    passMark: 80,
    resources: [GUIDE, S3P, { kind: 'LINK', title: 'European Cluster Collaboration Platform', url: 'https://www.clustercollaboration.eu/' }],
    lessons: [
      {
        title: 'Concentrate: few priorities with critical mass',
        body: `Smart specialisation means **choosing**. A region that declares ten priorities has none. The Guide recommends a limited number where the region has or can build **critical mass**: enough firms, researchers, skills and demand.

Cluster indicators help: the location quotient shows specialisation (LQ ≥ 2 earns a star), employment size and focus show weight. Priorities are *domains of activity*, not whole sectors: “sensors for precision agriculture”, not “agriculture”.`,
        links: [{ label: 'Look at specialisation in the benchmark explorer', path: '/benchmarking' }],
      },
      {
        title: 'The entrepreneurial discovery process',
        body: `Priorities are not picked by officials from statistics alone. The **entrepreneurial discovery process** (EDP) lets firms, researchers and others reveal where new opportunities lie, through calls for ideas, focus groups and pilot projects.

It is a process, not a one-off event: priorities are reviewed as discoveries succeed or fail. Good practices from other regions show how EDP was organised and what it yielded.`,
        links: [{ label: 'Search policy examples on entrepreneurial discovery', path: '/practices?q=entrepreneurial' }],
      },
      {
        title: 'Inclusiveness and the risks of choosing',
        body: `Choosing priorities must not close the door to the rest of the economy. **Inclusiveness** means that horizontal measures (skills, digitalisation, access to finance) remain open to all, and that the priorities connect traditional sectors with new technologies.

Beware three traps the Guide names: copying the priorities of leading regions, choosing by lobbying strength and spreading funds too thinly.`,
      },
    ],
    questions: [
      {
        kind: 'SINGLE',
        prompt: 'Which is the better formulation of a RIS3 priority?',
        options: [
          ['a', 'Agriculture'],
          ['b', 'Sensors and data services for precision agriculture'],
          ['c', 'Innovation in all sectors'],
        ],
        correct: ['b'],
        explanation: 'Priorities are specific domains of activity where the region can excel, not whole sectors.',
      },
      {
        kind: 'SINGLE',
        prompt: 'A cluster’s location quotient is 2.4. What does this show?',
        options: [
          ['a', 'The sector’s share of regional employment is 2.4 times its share in the whole area'],
          ['b', 'The cluster has 2.4 thousand employees'],
          ['c', 'The cluster grew by 2.4% last year'],
        ],
        correct: ['a'],
        explanation: 'LQ = (regional sector employment / regional employment) / (area sector employment / area employment); 2 or more earns the specialisation star.',
      },
      {
        kind: 'MULTIPLE',
        prompt: 'Which are traps in choosing priorities?',
        options: [
          ['a', 'Copying the priorities of leading regions'],
          ['b', 'Choosing by the strength of lobbies'],
          ['c', 'Spreading funds thinly over many priorities'],
          ['d', 'Testing emerging opportunities with pilot projects'],
        ],
        correct: ['a', 'b', 'c'],
        explanation: 'Pilot projects are part of a good discovery process; the other three are the classic traps.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order the steps of an entrepreneurial discovery process.',
        options: [
          ['a', 'Review the priorities with the results'],
          ['b', 'Call for ideas from firms and researchers'],
          ['c', 'Test the promising ideas in pilot projects'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'Ideas are revealed, tested, and the results feed back into the priorities: EDP is continuous.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What does “inclusiveness” mean for priorities?',
        options: [
          ['a', 'Every sector becomes a priority'],
          ['b', 'Horizontal measures stay open to all and priorities link traditional sectors with new technologies'],
          ['c', 'Only large firms benefit'],
        ],
        correct: ['b'],
        explanation: 'Concentration and inclusiveness go together: focused priorities, open horizontal support.',
      },
    ],
    translations: {
      it: {
        title: 'Fase 4: Individuazione delle priorità',
        summary: 'Scegliere un numero limitato di priorità in cui la regione ha massa critica e in cui il processo di scoperta imprenditoriale mostra potenziale, restando inclusivi.',
        lessons: [
          {
            title: 'Concentrarsi: poche priorità con massa critica',
            body: `Specializzazione intelligente significa **scegliere**. Una regione che dichiara dieci priorità non ne ha nessuna. La Guida raccomanda un numero limitato di ambiti in cui la regione ha o può costruire una **massa critica**: abbastanza imprese, ricercatori, competenze e domanda.

Gli indicatori dei cluster aiutano: il quoziente di localizzazione mostra la specializzazione (QL ≥ 2 vale una stella), la dimensione occupazionale e il focus mostrano il peso. Le priorità sono *ambiti di attività*, non interi settori: «sensori per l’agricoltura di precisione», non «agricoltura».`,
          },
          {
            title: 'Il processo di scoperta imprenditoriale',
            body: `Le priorità non le scelgono i funzionari sulla sola base delle statistiche. Il **processo di scoperta imprenditoriale** (EDP) permette a imprese, ricercatori e altri attori di rivelare dove si trovano le nuove opportunità, con inviti a presentare idee, focus group e progetti pilota.

È un processo, non un evento isolato: le priorità si rivedono man mano che le scoperte riescono o falliscono. Le buone pratiche di altre regioni mostrano come è stato organizzato l’EDP e che cosa ha prodotto.`,
          },
          {
            title: 'Inclusività e rischi della scelta',
            body: `Scegliere le priorità non deve chiudere la porta al resto dell’economia. **Inclusività** significa che le misure orizzontali (competenze, digitalizzazione, accesso al credito) restano aperte a tutti e che le priorità collegano i settori tradizionali alle nuove tecnologie.

Attenzione a tre trappole indicate dalla Guida: copiare le priorità delle regioni leader, scegliere in base alla forza delle lobby e disperdere i fondi.`,
          },
        ],
        questions: [
          {
            prompt: 'Qual è la formulazione migliore di una priorità RIS3?',
            explanation: 'Le priorità sono ambiti di attività specifici in cui la regione può eccellere, non interi settori.',
            options: { a: 'Agricoltura', b: 'Sensori e servizi di dati per l’agricoltura di precisione', c: 'Innovazione in tutti i settori' },
          },
          {
            prompt: 'Il quoziente di localizzazione di un cluster è 2,4. Che cosa indica?',
            explanation: 'QL = (occupati del settore nella regione / occupati della regione) / (occupati del settore nell’area / occupati dell’area); 2 o più vale la stella della specializzazione.',
            options: {
              a: 'La quota del settore nell’occupazione regionale è 2,4 volte la sua quota nell’intera area',
              b: 'Il cluster ha 2,4 mila addetti',
              c: 'Il cluster è cresciuto del 2,4% lo scorso anno',
            },
          },
          {
            prompt: 'Quali sono trappole nella scelta delle priorità?',
            explanation: 'I progetti pilota fanno parte di un buon processo di scoperta; le altre tre sono le trappole classiche.',
            options: {
              a: 'Copiare le priorità delle regioni leader',
              b: 'Scegliere in base alla forza delle lobby',
              c: 'Disperdere i fondi su molte priorità',
              d: 'Sperimentare le opportunità emergenti con progetti pilota',
            },
          },
          {
            prompt: 'Mettete in ordine le fasi di un processo di scoperta imprenditoriale.',
            explanation: 'Le idee emergono, si sperimentano e i risultati ritornano sulle priorità: l’EDP è continuo.',
            options: { a: 'Rivedere le priorità alla luce dei risultati', b: 'Raccogliere idee da imprese e ricercatori', c: 'Sperimentare le idee promettenti in progetti pilota' },
          },
          {
            prompt: 'Che cosa significa «inclusività» per le priorità?',
            explanation: 'Concentrazione e inclusività vanno insieme: priorità mirate, sostegno orizzontale aperto.',
            options: {
              a: 'Ogni settore diventa una priorità',
              b: 'Le misure orizzontali restano aperte a tutti e le priorità collegano i settori tradizionali alle nuove tecnologie',
              c: 'Ne beneficiano solo le grandi imprese',
            },
          },
        ],
      },
      ro: {
        title: 'Pasul 4: Identificarea priorităților',
        summary: 'Alegeți un număr limitat de priorități în care regiunea are masă critică și în care procesul de descoperire antreprenorială arată potențial, rămânând incluzivi.',
        lessons: [
          {
            title: 'Concentrare: puține priorități, cu masă critică',
            body: `Specializarea inteligentă înseamnă **a alege**. O regiune care declară zece priorități nu are niciuna. Ghidul recomandă un număr limitat de domenii în care regiunea are sau poate construi **masă critică**: suficiente firme, cercetători, competențe și cerere.

Indicatorii clusterelor ajută: coeficientul de localizare arată specializarea (CL ≥ 2 aduce o stea), mărimea ocupării și concentrarea arată ponderea. Prioritățile sunt *domenii de activitate*, nu sectoare întregi: „senzori pentru agricultura de precizie”, nu „agricultură”.`,
          },
          {
            title: 'Procesul de descoperire antreprenorială',
            body: `Prioritățile nu sunt alese de funcționari doar din statistici. **Procesul de descoperire antreprenorială** (EDP) le permite firmelor, cercetătorilor și altor actori să arate unde se află noile oportunități, prin apeluri de idei, grupuri de lucru și proiecte-pilot.

Este un proces, nu un eveniment unic: prioritățile se revizuiesc pe măsură ce descoperirile reușesc sau eșuează. Bunele practici din alte regiuni arată cum a fost organizat EDP și ce a produs.`,
          },
          {
            title: 'Incluziunea și riscurile alegerii',
            body: `Alegerea priorităților nu trebuie să închidă ușa restului economiei. **Incluziunea** înseamnă că măsurile orizontale (competențe, digitalizare, acces la finanțare) rămân deschise tuturor și că prioritățile leagă sectoarele tradiționale de tehnologiile noi.

Atenție la trei capcane numite de Ghid: copierea priorităților regiunilor lider, alegerea după forța grupurilor de interese și împrăștierea fondurilor.`,
          },
        ],
        questions: [
          {
            prompt: 'Care este formularea mai bună a unei priorități RIS3?',
            explanation: 'Prioritățile sunt domenii de activitate precise în care regiunea poate excela, nu sectoare întregi.',
            options: { a: 'Agricultură', b: 'Senzori și servicii de date pentru agricultura de precizie', c: 'Inovare în toate sectoarele' },
          },
          {
            prompt: 'Coeficientul de localizare al unui cluster este 2,4. Ce arată acesta?',
            explanation: 'CL = (ocuparea sectorului în regiune / ocuparea regiunii) / (ocuparea sectorului în zonă / ocuparea zonei); 2 sau mai mult aduce steaua specializării.',
            options: {
              a: 'Ponderea sectorului în ocuparea regională este de 2,4 ori ponderea sa în întreaga zonă',
              b: 'Clusterul are 2,4 mii de angajați',
              c: 'Clusterul a crescut cu 2,4% anul trecut',
            },
          },
          {
            prompt: 'Care sunt capcane în alegerea priorităților?',
            explanation: 'Proiectele-pilot fac parte dintr-un proces de descoperire bun; celelalte trei sunt capcanele clasice.',
            options: {
              a: 'Copierea priorităților regiunilor lider',
              b: 'Alegerea după forța grupurilor de interese',
              c: 'Împrăștierea fondurilor pe multe priorități',
              d: 'Testarea oportunităților emergente prin proiecte-pilot',
            },
          },
          {
            prompt: 'Ordonați etapele unui proces de descoperire antreprenorială.',
            explanation: 'Ideile sunt scoase la lumină, testate, iar rezultatele se întorc asupra priorităților: EDP este continuu.',
            options: { a: 'Revizuirea priorităților pe baza rezultatelor', b: 'Apel de idei către firme și cercetători', c: 'Testarea ideilor promițătoare în proiecte-pilot' },
          },
          {
            prompt: 'Ce înseamnă „incluziunea” pentru priorități?',
            explanation: 'Concentrarea și incluziunea merg împreună: priorități țintite, sprijin orizontal deschis.',
            options: {
              a: 'Fiecare sector devine prioritate',
              b: 'Măsurile orizontale rămân deschise tuturor, iar prioritățile leagă sectoarele tradiționale de tehnologiile noi',
              c: 'Beneficiază doar firmele mari',
            },
          },
        ],
      },
    },
  },
  {
    slug: 'ris3-policy-mix',
    step: 'POLICY_MIX',
    areas: ['FINANCIAL_FRAMEWORK', 'INNOVATION_RD'],
    title: 'Step 5: Definition of a coherent policy mix, roadmaps and action plan',
    summary: 'Turn priorities into instruments, budgets and a timetable: a balanced mix, a roadmap with pilot projects and an action plan with indicators, baselines and targets.',
    minutes: 50,
    passMark: 80,
    resources: [GUIDE, S3P],
    lessons: [
      {
        title: 'A balanced mix of instruments',
        body: `No single instrument delivers a strategy. The **policy mix** combines grants, vouchers, loans and guarantees, equity, tax incentives, networking programmes, training, infrastructure, advisory services and public procurement.

Balance means matching instruments to the problem: vouchers lower the first barrier for SMEs, loans suit firms with revenue, networking programmes build cluster cooperation. Policy examples from other regions show what each instrument achieved and what went wrong.`,
        links: [{ label: 'Search policy examples using innovation vouchers', path: '/practices?q=voucher' }],
      },
      {
        title: 'The roadmap and pilot projects',
        body: `A **roadmap** puts the measures in time: what starts now, what waits for results, which milestones decide whether to scale up. Pilot projects test a measure on a small scale before large budgets are committed.

In the platform, a pilot action belongs to a policy-learning cycle and tracks its KPIs against a baseline and a target; achievement = (actual − baseline) / (target − baseline).`,
        links: [{ label: 'See pilot actions and their KPIs', path: '/pilots' }],
      },
      {
        title: 'The action plan: measures with indicators',
        body: `The **action plan** lists each measure with its objective, budget, responsible body, output indicators (what the measure produces: firms supported, vouchers issued) and result indicators (what changes: business R&D, new products).

Every indicator needs a **baseline** and a **target**; without them nothing can be evaluated. Framework conditions (regulation, skills, broadband) belong in the plan too, even when another department owns them.`,
      },
    ],
    questions: [
      {
        kind: 'SINGLE',
        prompt: 'Which instrument best lowers the first barrier for a small firm that has never worked with a research centre?',
        options: [
          ['a', 'An innovation voucher'],
          ['b', 'A large equity investment'],
          ['c', 'A tax incentive on R&D spending it does not have'],
        ],
        correct: ['a'],
        explanation: 'Vouchers are small, simple grants to buy knowledge services: a first step into cooperation.',
      },
      {
        kind: 'MULTIPLE',
        prompt: 'Which are result indicators rather than output indicators?',
        options: [
          ['a', 'Business R&D expenditure in the region'],
          ['b', 'Number of vouchers issued'],
          ['c', 'Share of firms introducing new products'],
          ['d', 'Number of workshops held'],
        ],
        correct: ['a', 'c'],
        explanation: 'Outputs count what the measure produces; results describe the change it aims at.',
      },
      {
        kind: 'SINGLE',
        prompt: 'A KPI has baseline 10, target 20 and actual 19. What is the achievement?',
        options: [
          ['a', '0.9'],
          ['b', '0.95'],
          ['c', '1.9'],
        ],
        correct: ['a'],
        explanation: '(19 − 10) / (20 − 10) = 0.9, which is on track (≥ 0.9).',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order the path from a priority to the money being spent at scale.',
        options: [
          ['a', 'Scale up the measure'],
          ['b', 'Define the measure with indicators, baselines and targets'],
          ['c', 'Test it in a pilot action'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'Define, pilot, then scale: the roadmap sets milestones that decide about scaling up.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Why does every indicator of the action plan need a baseline and a target?',
        options: [
          ['a', 'Because the EU form has the fields'],
          ['b', 'Without them progress cannot be measured or evaluated'],
          ['c', 'To compare with other regions'],
        ],
        correct: ['b'],
        explanation: 'The learning cycle refuses to start a pilot until every measure indicator has a baseline and a different target.',
      },
    ],
  },
  {
    slug: 'ris3-monitoring-and-evaluation',
    step: 'MONITORING',
    areas: ['MULTILEVEL_GOVERNANCE'],
    title: 'Step 6: Integration of monitoring and evaluation mechanisms',
    summary: 'Monitoring shows whether the strategy is being delivered, evaluation whether it works; both feed an update mechanism so the strategy keeps learning.',
    minutes: 40,
    passMark: 80,
    resources: [GUIDE, S3P],
    lessons: [
      {
        title: 'Monitoring: output and result indicators',
        body: `**Monitoring** follows delivery: are the measures running, is money spent, are outputs produced, are result indicators moving? It needs a small set of indicators chosen at the design stage, data that arrive on time and someone responsible for reading them.

Good monitoring is public: publishing the indicators builds trust and lets the stakeholders of the quadruple helix take part in the review.`,
        links: [{ label: 'See how pilot KPIs are tracked', path: '/pilots' }],
      },
      {
        title: 'Evaluation: does it work, and why?',
        body: `**Evaluation** asks whether the measures caused the change and why. Compare with what would have happened anyway (a counterfactual, a comparison group, or at least similar regions) and combine figures with interviews and case studies.

Failures are as valuable as successes when their lessons are clear. In the platform, an evaluation stores KPI results as they were, the lessons and the decision: continue, adjust or stop.`,
        links: [{ label: 'Read evaluated cycles', path: '/cycles' }],
      },
      {
        title: 'Updating the strategy',
        body: `A strategy that is never revised stops being smart. An **update mechanism** sets when and how evidence changes the strategy: a yearly review of the indicators, a mid-term evaluation, a new round of entrepreneurial discovery.

This is the policy-learning cycle: analysis, benchmarking, peer learning, action plan, pilot, evaluation and transfer, and then a new cycle that starts from what was learned.`,
        links: [{ label: 'Assess your strategy with the RIS3 wheel', path: '/training/self-assessment' }],
      },
    ],
    questions: [
      {
        kind: 'SINGLE',
        prompt: 'What is the difference between monitoring and evaluation?',
        options: [
          ['a', 'Monitoring follows delivery; evaluation asks whether and why the measures work'],
          ['b', 'They are two names for the same activity'],
          ['c', 'Monitoring is done by the EU, evaluation by the region'],
        ],
        correct: ['a'],
        explanation: 'Monitoring is continuous tracking; evaluation judges effects and causes.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Why compare with a counterfactual or comparison group?',
        options: [
          ['a', 'To separate the effect of the measure from what would have happened anyway'],
          ['b', 'To make the report longer'],
          ['c', 'To rank the region in Europe'],
        ],
        correct: ['a'],
        explanation: 'Without a comparison, general trends are easily mistaken for the policy’s effect.',
      },
      {
        kind: 'MULTIPLE',
        prompt: 'Which decisions can an evaluation lead to?',
        options: [
          ['a', 'Continue the measure'],
          ['b', 'Adjust the measure'],
          ['c', 'Stop the measure'],
          ['d', 'Hide the results'],
        ],
        correct: ['a', 'b', 'c'],
        explanation: 'Evaluation results are used openly: continue, adjust or stop.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order these stages of the policy-learning cycle.',
        options: [
          ['a', 'Evaluation'],
          ['b', 'Analysis'],
          ['c', 'Pilot'],
          ['d', 'Transfer'],
        ],
        correct: ['b', 'c', 'a', 'd'],
        explanation: 'ANALYSIS → … → PILOT → EVALUATION → TRANSFER, and then a new cycle begins.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What makes a failed pilot valuable?',
        options: [
          ['a', 'Nothing: failures should not be reported'],
          ['b', 'Clear lessons that others can use'],
          ['c', 'The money it saved'],
        ],
        correct: ['b'],
        explanation: 'Good-practice exchange welcomes failures when their lessons are clear.',
      },
    ],
  },
  {
    slug: 'cluster-policy-innovation-and-rd',
    step: null,
    areas: ['INNOVATION_RD'],
    title: 'Cluster policy for innovation and R&D orientation',
    summary: 'How cluster organisations connect firms with research: collaborative projects, technology transfer, and measuring whether clusters raise innovation.',
    minutes: 35,
    passMark: 80,
    resources: [{ kind: 'LINK', title: 'European Cluster Collaboration Platform', url: 'https://www.clustercollaboration.eu/' }],
    lessons: [
      {
        title: 'Why clusters matter for innovation',
        body: `A **cluster** is a geographic concentration of interconnected firms, suppliers, research organisations and institutions in a field. Proximity lowers the cost of sharing knowledge, people move between firms, and specialised suppliers appear.

A cluster organisation turns proximity into cooperation: it brokers projects, runs shared services and represents the cluster. Its quality can be labelled (the ESCA bronze, silver and gold labels).`,
        links: [{ label: 'See clusters by region in the explorer', path: '/benchmarking' }],
      },
      {
        title: 'Instruments that link firms and research',
        body: `Typical instruments of an R&D-oriented cluster policy:

- **collaborative R&D calls** requiring firms and research partners to apply together;
- **innovation vouchers** for SMEs to buy services from research centres;
- **technology transfer offices** and shared laboratories or test beds;
- **mobility schemes** placing researchers in firms.

Each has worked somewhere and failed elsewhere; read the lessons before copying.`,
        links: [{ label: 'Search policy examples on technology transfer', path: '/practices?q=technology%20transfer' }],
      },
      {
        title: 'Measuring the innovation effect',
        body: `Judge an innovation-oriented cluster policy by results: business R&D expenditure, firms introducing product or process innovations, patent applications, joint publications of firms and researchers.

Compare the cluster’s firms with similar firms outside it over several years; one year of data says little. Smart benchmarking shows how the region’s innovation indicators move against similar regions.`,
      },
    ],
    questions: [
      {
        kind: 'SINGLE',
        prompt: 'What does a cluster organisation add to a concentration of firms?',
        options: [
          ['a', 'It turns proximity into cooperation through projects, services and representation'],
          ['b', 'It replaces the firms’ own R&D'],
          ['c', 'It sets the prices in the sector'],
        ],
        correct: ['a'],
        explanation: 'The organisation brokers and facilitates; the firms still innovate themselves.',
      },
      {
        kind: 'MULTIPLE',
        prompt: 'Which instruments link firms with research?',
        options: [
          ['a', 'Collaborative R&D calls'],
          ['b', 'Innovation vouchers'],
          ['c', 'Researcher mobility into firms'],
          ['d', 'General tax cuts unrelated to R&D'],
        ],
        correct: ['a', 'b', 'c'],
        explanation: 'General tax cuts do not target the link between firms and research.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Which is a result indicator of an innovation-oriented cluster policy?',
        options: [
          ['a', 'Share of cluster firms introducing product innovations'],
          ['b', 'Number of newsletters sent'],
          ['c', 'Number of cluster members'],
        ],
        correct: ['a'],
        explanation: 'Newsletters and membership are activity measures; product innovations are a result.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order the ESCA cluster management labels from the entry level to the highest.',
        options: [
          ['a', 'Gold'],
          ['b', 'Bronze'],
          ['c', 'Silver'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'Bronze is the entry label, silver the intermediate one, gold the label of excellence.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Why compare cluster firms with similar firms outside the cluster?',
        options: [
          ['a', 'To isolate the cluster’s effect from general trends'],
          ['b', 'To exclude the outside firms from support'],
          ['c', 'Because the EU requires it for every report'],
        ],
        correct: ['a'],
        explanation: 'A comparison group shows what would have happened without the cluster policy.',
      },
    ],
  },
  {
    slug: 'cluster-policy-funding',
    step: null,
    areas: ['FINANCIAL_FRAMEWORK'],
    title: 'Funding clusters: the financial framework',
    summary: 'Where cluster policy money comes from (ERDF, IPA, national and regional budgets, private contributions), how to combine it and how to make cluster organisations sustainable.',
    minutes: 35,
    passMark: 80,
    resources: [{ kind: 'LINK', title: 'Interreg Europe policy learning platform', url: 'https://www.interregeurope.eu/policy-learning-platform' }],
    lessons: [
      {
        title: 'Sources of funding',
        body: `Cluster policies in South-East Europe draw on several sources:

- **ERDF** (European Regional Development Fund) in EU member states and **IPA** (Instrument for Pre-Accession Assistance) in candidate countries;
- national and regional budgets for innovation and enterprise;
- **private contributions**: membership fees and paid services of the cluster organisation.

ClusterPoliSEE itself combined ERDF (3.81 M EUR) and IPA (0.59 M EUR) funds within a 5.18 M EUR budget.`,
        links: [{ label: 'See the partners and their funds', path: '/partnership' }],
      },
      {
        title: 'Combining instruments over the cluster’s life cycle',
        body: `An emerging cluster needs start-up support for its organisation and first joint projects; a growing cluster needs investment finance and internationalisation support; a mature cluster should finance most of its organisation itself and compete for project funds.

Grants fit public-good activities (networking, shared research); loans, guarantees and equity fit investments with returns. Avoid funding the same cost twice from two sources.`,
        links: [{ label: 'Search policy examples using loans or guarantees', path: '/practices?q=guarantee' }],
      },
      {
        title: 'Sustainability of cluster organisations',
        body: `A cluster organisation that lives only on public grants disappears when the programme ends. Sustainable organisations earn a growing share of their budget from members: fees, paid services (training, internationalisation missions, shared equipment) and project management.

A rule of thumb in many regions is tapering public support: full funding in the first years, a decreasing share afterwards, tied to performance targets.`,
      },
    ],
    questions: [
      {
        kind: 'SINGLE',
        prompt: 'Which fund supports partners in candidate countries of South-East Europe?',
        options: [
          ['a', 'IPA'],
          ['b', 'ERDF'],
          ['c', 'The European Social Fund only'],
        ],
        correct: ['a'],
        explanation: 'The Instrument for Pre-Accession Assistance funds partners in candidate countries; ERDF funds member states.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Which instrument fits an investment that will generate revenue?',
        options: [
          ['a', 'A loan or guarantee'],
          ['b', 'A non-repayable grant for networking'],
          ['c', 'A voucher'],
        ],
        correct: ['a'],
        explanation: 'Revenue-generating investments can repay: loans, guarantees and equity recycle public money.',
      },
      {
        kind: 'MULTIPLE',
        prompt: 'Which revenues make a cluster organisation more sustainable?',
        options: [
          ['a', 'Membership fees'],
          ['b', 'Paid services to members'],
          ['c', 'Project management fees'],
          ['d', 'Unlimited public grants'],
        ],
        correct: ['a', 'b', 'c'],
        explanation: 'Own revenues make the organisation independent of any single programme.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order the life-cycle stages of a cluster.',
        options: [
          ['a', 'Mature'],
          ['b', 'Emerging'],
          ['c', 'Growth'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'Emerging, growth, mature (and possibly declining): support changes with the stage.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What does “tapering” public support mean?',
        options: [
          ['a', 'A decreasing public share over time, tied to performance'],
          ['b', 'Equal funding forever'],
          ['c', 'Funding only in the last year'],
        ],
        correct: ['a'],
        explanation: 'Tapering pushes the organisation to build its own revenues while support lasts.',
      },
    ],
  },
  {
    slug: 'cluster-policy-international-cooperation',
    step: null,
    areas: ['INTERNATIONAL_COOPERATION'],
    title: 'Cooperation and networking: internationalising clusters',
    summary: 'Why clusters cooperate across borders, the instruments that help them (missions, matchmaking, cluster partnerships) and how to measure what it brings.',
    minutes: 35,
    passMark: 80,
    resources: [{ kind: 'LINK', title: 'European Cluster Collaboration Platform', url: 'https://www.clustercollaboration.eu/' }],
    lessons: [
      {
        title: 'Why clusters go international',
        body: `A regional cluster is small on the world market. Cooperation across borders gives its firms access to **knowledge** they lack at home, to **markets** for their products and to **partners** for joint projects and value chains.

It also helps the region: peers abroad show which policies worked, which is the core idea of transnational programmes such as ClusterPoliSEE.`,
        links: [{ label: 'See the partnership across eleven countries', path: '/partnership' }],
      },
      {
        title: 'Instruments: missions, matchmaking and cluster partnerships',
        body: `Common instruments of internationalisation support:

- **trade and technology missions** prepared with the firms, with meetings agreed in advance;
- **matchmaking events** and B2B platforms;
- **cluster-to-cluster partnerships** with a joint action plan (e.g. European Strategic Cluster Partnerships);
- **internationalisation vouchers** for SMEs to buy market studies or certification.

Preparation decides the result: a mission without selected partners and follow-up rarely yields contracts.`,
        links: [{ label: 'Search policy examples on internationalisation', path: '/practices?q=internationalisation' }],
      },
      {
        title: 'Measuring cooperation',
        body: `Count outputs (missions, meetings, partnership agreements) but judge by results: export turnover of cluster firms, joint R&D projects with foreign partners, foreign investment attracted, new members from abroad.

Follow the firms for two to three years: contracts from a mission often take that long.`,
      },
    ],
    questions: [
      {
        kind: 'MULTIPLE',
        prompt: 'What can firms gain from a cluster’s international cooperation?',
        options: [
          ['a', 'Access to knowledge they lack at home'],
          ['b', 'New markets'],
          ['c', 'Partners for joint projects'],
          ['d', 'Exemption from competition law'],
        ],
        correct: ['a', 'b', 'c'],
        explanation: 'Knowledge, markets and partners are the usual gains; competition law applies everywhere.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What decides most whether a business mission yields contracts?',
        options: [
          ['a', 'The number of participants'],
          ['b', 'Preparation: selected partners, agreed meetings and follow-up'],
          ['c', 'The distance travelled'],
        ],
        correct: ['b'],
        explanation: 'Prepared meetings with selected partners, and following them up, make a mission productive.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Which is a result indicator of internationalisation support?',
        options: [
          ['a', 'Export turnover of the cluster’s firms'],
          ['b', 'Number of missions organised'],
          ['c', 'Number of brochures printed'],
        ],
        correct: ['a'],
        explanation: 'Missions and brochures are outputs; exports are a result.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order the steps of a well-run business mission.',
        options: [
          ['a', 'Follow up the contacts'],
          ['b', 'Select the partners and agree the meetings'],
          ['c', 'Hold the meetings abroad'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'Prepare, meet, follow up: the follow-up turns meetings into contracts.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Over how long should the effects of a mission be followed?',
        options: [
          ['a', 'Only during the mission'],
          ['b', 'Two to three years'],
          ['c', 'One week'],
        ],
        correct: ['b'],
        explanation: 'Contracts and joint projects often take years to materialise.',
      },
    ],
  },
  {
    slug: 'cluster-policy-skills-and-jobs',
    step: null,
    areas: ['SKILLS_AND_JOBS'],
    title: 'New skills and jobs in clusters',
    summary: 'How clusters anticipate skill needs, build training with schools and universities, and help firms find and keep the people they need.',
    minutes: 30,
    passMark: 80,
    resources: [{ kind: 'LINK', title: 'European Skills Agenda', url: 'https://employment-social-affairs.ec.europa.eu/policies-and-activities/european-skills-agenda_en' }],
    lessons: [
      {
        title: 'Anticipating skill needs',
        body: `Firms in a cluster often lack the same profiles at the same time. A cluster organisation can **anticipate** these needs: a yearly survey of members, foresight workshops on technologies coming in, and data on vacancies and graduates.

Shared evidence lets schools and universities adapt their courses before the shortage becomes a brake on growth.`,
      },
      {
        title: 'Training with schools and universities',
        body: `Clusters are good brokers of **joint training**: dual or work-based learning with vocational schools, courses co-designed with universities, short upskilling modules for employees, and summer schools on new technologies.

Firms contribute trainers, equipment and placements; the public side contributes curricula and accreditation. Policy examples show several working models across South-East Europe.`,
        links: [{ label: 'Search policy examples on training', path: '/practices?q=training' }],
      },
      {
        title: 'Attracting and keeping talent',
        body: `Skills policy is also about people staying: career paths inside the cluster, mobility between member firms, attractive work for young graduates and programmes that bring back people who left the region.

Measure the results by filled vacancies, the share of trained workers still employed in the cluster after a year, and the graduates hired by member firms.`,
      },
    ],
    questions: [
      {
        kind: 'MULTIPLE',
        prompt: 'Which tools help a cluster anticipate skill needs?',
        options: [
          ['a', 'A yearly survey of members'],
          ['b', 'Foresight workshops on new technologies'],
          ['c', 'Data on vacancies and graduates'],
          ['d', 'Waiting until firms cannot hire'],
        ],
        correct: ['a', 'b', 'c'],
        explanation: 'Anticipation needs evidence gathered before the shortage bites.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What do firms typically bring to joint training with schools?',
        options: [
          ['a', 'Accreditation of the diplomas'],
          ['b', 'Trainers, equipment and placements'],
          ['c', 'The national curriculum'],
        ],
        correct: ['b'],
        explanation: 'Firms bring practice; the public side brings curricula and accreditation.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Which is a result indicator of a cluster skills programme?',
        options: [
          ['a', 'Share of trained workers still employed in the cluster after a year'],
          ['b', 'Number of training brochures'],
          ['c', 'Number of meetings of the working group'],
        ],
        correct: ['a'],
        explanation: 'Retention of trained workers shows whether the training met a real need.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order the steps of a cluster skills initiative.',
        options: [
          ['a', 'Run the joint courses'],
          ['b', 'Survey the members’ needs'],
          ['c', 'Design the courses with schools and universities'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'Know the need, design with the educators, then train.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Why should skills policy also look at keeping people?',
        options: [
          ['a', 'Because trained people who leave take the investment with them'],
          ['b', 'Because training is free'],
          ['c', 'It should not'],
        ],
        correct: ['a'],
        explanation: 'Career paths and attractive work keep the skills in the region.',
      },
    ],
  },
  {
    slug: 'cluster-policy-sustainable-development',
    step: null,
    areas: ['SUSTAINABLE_DEVELOPMENT'],
    title: 'Clusters for sustainable development',
    summary: 'How clusters help firms through the green transition: resource efficiency, circular value chains and new green markets, and how to measure it.',
    minutes: 30,
    passMark: 80,
    resources: [{ kind: 'LINK', title: 'European Green Deal', url: 'https://commission.europa.eu/strategy-and-policy/priorities-2019-2024/european-green-deal_en' }],
    lessons: [
      {
        title: 'The green transition as an opportunity',
        body: `Environmental rules and energy prices press on firms, especially SMEs. Clusters turn the pressure into an **opportunity**: shared energy audits, joint purchasing of clean energy, and new products for growing green markets.

A region’s smart specialisation can name the green transition as a cross-cutting priority that touches every cluster.`,
      },
      {
        title: 'Circular value chains',
        body: `In a **circular economy** the waste of one firm is the input of another. Clusters know their members’ flows of materials and can broker these exchanges (industrial symbiosis), set up shared recycling and design products for repair and reuse.

A map of material flows between members is a good first step; pilot exchanges show what works before larger investments.`,
        links: [{ label: 'Search policy examples on the circular economy', path: '/practices?q=circular' }],
      },
      {
        title: 'Measuring sustainability',
        body: `Measure what changes in the environment and in the firms: energy used and emissions per unit of output, share of recycled input, waste sent to landfill, and turnover from green products.

Set a **baseline** before the measure starts and a target, as for any action plan indicator, and report the results even when they disappoint.`,
        links: [{ label: 'See how pilot KPIs track baselines and targets', path: '/pilots' }],
      },
    ],
    questions: [
      {
        kind: 'MULTIPLE',
        prompt: 'How can a cluster help its firms in the green transition?',
        options: [
          ['a', 'Shared energy audits'],
          ['b', 'Joint purchasing of clean energy'],
          ['c', 'Brokering exchanges of materials between members'],
          ['d', 'Lobbying to postpone every environmental rule'],
        ],
        correct: ['a', 'b', 'c'],
        explanation: 'Clusters pool services and broker exchanges that single SMEs cannot organise alone.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What is industrial symbiosis?',
        options: [
          ['a', 'The waste or by-product of one firm becomes the input of another'],
          ['b', 'Two firms merging'],
          ['c', 'A tax on emissions'],
        ],
        correct: ['a'],
        explanation: 'Symbiosis closes material loops between firms, often brokered by a cluster.',
      },
      {
        kind: 'SINGLE',
        prompt: 'Which is a result indicator of a circular-economy measure?',
        options: [
          ['a', 'Share of recycled input in production'],
          ['b', 'Number of awareness events'],
          ['c', 'Number of posters'],
        ],
        correct: ['a'],
        explanation: 'Events are outputs; the share of recycled input measures the change.',
      },
      {
        kind: 'ORDERING',
        prompt: 'Order the steps towards circular value chains in a cluster.',
        options: [
          ['a', 'Invest in shared facilities'],
          ['b', 'Map the material flows between members'],
          ['c', 'Pilot the first exchanges'],
        ],
        correct: ['b', 'c', 'a'],
        explanation: 'Map, pilot, then invest in what the pilots proved.',
      },
      {
        kind: 'SINGLE',
        prompt: 'What must be set before a sustainability measure starts?',
        options: [
          ['a', 'A baseline and a target for its indicators'],
          ['b', 'Only the budget'],
          ['c', 'The press release'],
        ],
        correct: ['a'],
        explanation: 'Without a baseline and a target no achievement can be measured.',
      },
    ],
  },
];

/** Demo self-assessments of the demo cycles in their ANALYSIS stage (the partnership's average). */
export const SELF_ASSESSMENT_SEEDS: { cycleIndex: number; scores: Record<string, Record<string, number>> }[] = [
  {
    cycleIndex: 0,
    scores: {
      ANALYSIS: { REGIONAL_ASSETS: 4, OUTWARD_DIMENSION: 3, ENTREPRENEURIAL_DYNAMICS: 3 },
      GOVERNANCE: { STRUCTURE: 3, BROAD_PARTICIPATION: 2, MANAGEMENT: 3 },
      VISION: { BROAD_VIEW_OF_INNOVATION: 2, SHARED_VISION: 3, TRANSFORMATION: 2 },
      PRIORITIES: { CRITICAL_MASS: 3, ENTREPRENEURIAL_DISCOVERY: 2, INCLUSIVENESS: 3 },
      POLICY_MIX: { ROADMAP: 2, BALANCE: 3, FRAMEWORK_CONDITIONS: 2 },
      MONITORING: { OUTPUT_AND_RESULT_INDICATORS: 2, EVALUATION: 1, UPDATE_MECHANISM: 1 },
    },
  },
  {
    cycleIndex: 1,
    scores: {
      ANALYSIS: { REGIONAL_ASSETS: 3, OUTWARD_DIMENSION: 2, ENTREPRENEURIAL_DYNAMICS: 2 },
      GOVERNANCE: { STRUCTURE: 2, BROAD_PARTICIPATION: 3, MANAGEMENT: 2 },
      VISION: { BROAD_VIEW_OF_INNOVATION: 3, SHARED_VISION: 2, TRANSFORMATION: 2 },
      PRIORITIES: { CRITICAL_MASS: 2, ENTREPRENEURIAL_DISCOVERY: 3, INCLUSIVENESS: 2 },
      POLICY_MIX: { ROADMAP: 3, BALANCE: 2, FRAMEWORK_CONDITIONS: 3 },
      MONITORING: { OUTPUT_AND_RESULT_INDICATORS: 3, EVALUATION: 2, UPDATE_MECHANISM: 2 },
    },
  },
  {
    cycleIndex: 2,
    scores: {
      ANALYSIS: { REGIONAL_ASSETS: 5, OUTWARD_DIMENSION: 4, ENTREPRENEURIAL_DYNAMICS: 4 },
      GOVERNANCE: { STRUCTURE: 4, BROAD_PARTICIPATION: 4, MANAGEMENT: 3 },
      VISION: { BROAD_VIEW_OF_INNOVATION: 4, SHARED_VISION: 3, TRANSFORMATION: 3 },
      PRIORITIES: { CRITICAL_MASS: 4, ENTREPRENEURIAL_DISCOVERY: 3, INCLUSIVENESS: 4 },
      POLICY_MIX: { ROADMAP: 3, BALANCE: 4, FRAMEWORK_CONDITIONS: 3 },
      MONITORING: { OUTPUT_AND_RESULT_INDICATORS: 4, EVALUATION: 3, UPDATE_MECHANISM: 2 },
    },
  },
];
