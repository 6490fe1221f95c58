import type { IndicatorTranslations } from '../../modules/indicator/indicator.entity';

/**
 * Italian and Romanian names, units and descriptions of the seeded indicators (English is the
 * entity's own columns). Used by the seed and by the migration that adds the column, so new and
 * existing databases carry the same text. Terms follow Eurostat's and the RIS's usage in each
 * language.
 */
export const INDICATOR_TRANSLATIONS: Record<string, IndicatorTranslations> = {
  POPULATION: {
    it: { name: 'Popolazione al 1º gennaio', unit: 'persone', description: 'Residenti nella regione al 1º gennaio.' },
    ro: { name: 'Populația la 1 ianuarie', unit: 'persoane', description: 'Rezidenții regiunii la 1 ianuarie.' },
  },
  POP_DENSITY: {
    it: { name: 'Densità di popolazione', unit: 'abitanti/km²', description: 'Residenti per chilometro quadrato.' },
    ro: { name: 'Densitatea populației', unit: 'locuitori/km²', description: 'Rezidenți pe kilometru pătrat.' },
  },
  OLD_AGE_SHARE: {
    it: { name: 'Popolazione di 65 anni e oltre', unit: '% della popolazione', description: 'Quota di residenti di 65 anni o più.' },
    ro: { name: 'Populația în vârstă de 65 de ani și peste', unit: '% din populație', description: 'Ponderea rezidenților în vârstă de 65 de ani sau mai mult.' },
  },
  URBAN_POP_SHARE: {
    it: { name: 'Popolazione nelle città', unit: '% della popolazione', description: 'Quota di residenti che vivono in città (grado di urbanizzazione 1).' },
    ro: { name: 'Populația din orașe', unit: '% din populație', description: 'Ponderea rezidenților care locuiesc în orașe (gradul de urbanizare 1).' },
  },
  GDP_PC_EUR: {
    it: { name: 'PIL per abitante', unit: 'EUR', description: 'Prodotto interno lordo per abitante a prezzi correnti.' },
    ro: { name: 'PIB pe locuitor', unit: 'EUR', description: 'Produsul intern brut pe locuitor, la prețuri curente.' },
  },
  TOURISM_NIGHTS: {
    it: { name: 'Presenze negli esercizi ricettivi', unit: 'presenze per 1.000 ab.', description: 'Pernottamenti per 1.000 abitanti.' },
    ro: { name: 'Înnoptări în unitățile de cazare turistică', unit: 'înnoptări la 1.000 loc.', description: 'Înnoptări la 1.000 de locuitori.' },
  },
  AGRI_EMP_SHARE: {
    it: { name: 'Occupazione in agricoltura', unit: '% dell’occupazione', description: 'Quota di occupati in agricoltura, silvicoltura e pesca (NACE A).' },
    ro: { name: 'Ocuparea în agricultură', unit: '% din populația ocupată', description: 'Ponderea populației ocupate în agricultură, silvicultură și pescuit (NACE A).' },
  },
  INDUSTRY_EMP_SHARE: {
    it: { name: 'Occupazione nell’industria', unit: '% dell’occupazione', description: 'Quota di occupati nell’industria escluse le costruzioni (NACE B-E).' },
    ro: { name: 'Ocuparea în industrie', unit: '% din populația ocupată', description: 'Ponderea populației ocupate în industrie, exclusiv construcțiile (NACE B-E).' },
  },
  BERD_EUR_PER_INH: {
    it: { name: 'Spesa in R&S delle imprese', unit: 'EUR per abitante', description: 'Spesa in ricerca e sviluppo delle imprese per abitante.' },
    ro: { name: 'Cheltuielile de C&D ale întreprinderilor', unit: 'EUR pe locuitor', description: 'Cheltuielile întreprinderilor pentru cercetare-dezvoltare pe locuitor.' },
  },
  GOV_HE_RD_PCT_GDP: {
    it: { name: 'Spesa pubblica in R&S', unit: '% del PIL', description: 'Spesa in R&S della pubblica amministrazione e dell’istruzione terziaria in % del PIL.' },
    ro: { name: 'Cheltuielile publice de C&D', unit: '% din PIB', description: 'Cheltuielile de C&D ale administrației publice și ale învățământului superior, ca % din PIB.' },
  },
  PATENT_APPS_PER_MIO: {
    it: { name: 'Domande di brevetto PCT', unit: 'per milione di ab.', description: 'Domande di brevetto PCT per milione di abitanti.' },
    ro: { name: 'Cereri de brevet PCT', unit: 'la un milion de loc.', description: 'Cereri de brevet PCT la un milion de locuitori.' },
  },
  HRST_TERTIARY_PCT: {
    it: { name: 'Risorse umane in scienza e tecnologia (con istruzione terziaria)', unit: '% della popolazione attiva', description: 'Persone con istruzione terziaria in % della popolazione attiva (HRSTE).' },
    ro: { name: 'Resurse umane în știință și tehnologie (cu studii superioare)', unit: '% din populația activă', description: 'Persoane cu studii superioare ca % din populația activă (HRSTE).' },
  },
  UNEMPLOYMENT_RATE: {
    it: { name: 'Tasso di disoccupazione', unit: '%', description: 'Disoccupati in % delle forze di lavoro di 15-74 anni.' },
    ro: { name: 'Rata șomajului', unit: '%', description: 'Șomeri ca % din forța de muncă în vârstă de 15-74 de ani.' },
  },
  LIFELONG_LEARNING_PCT: {
    it: { name: 'Apprendimento permanente', unit: '% della popolazione 25-64', description: 'Adulti di 25-64 anni in istruzione o formazione nelle ultime quattro settimane.' },
    ro: { name: 'Învățarea pe tot parcursul vieții', unit: '% din populația de 25-64 de ani', description: 'Adulți în vârstă de 25-64 de ani cuprinși în educație sau formare în ultimele patru săptămâni.' },
  },
  SME_INNOVATORS_PCT: {
    it: { name: 'PMI che introducono innovazioni di prodotto', unit: '% delle PMI', description: 'Quota di PMI che hanno introdotto un’innovazione di prodotto.' },
    ro: { name: 'IMM-uri care introduc inovări de produs', unit: '% din IMM-uri', description: 'Ponderea IMM-urilor care au introdus o inovare de produs.' },
  },
  KIS_EMPLOYMENT_PCT: {
    it: { name: 'Occupazione nei servizi ad alta intensità di conoscenza', unit: '% dell’occupazione', description: 'Quota di occupati nelle attività di servizi ad alta intensità di conoscenza.' },
    ro: { name: 'Ocuparea în servicii intensive în cunoaștere', unit: '% din populația ocupată', description: 'Ponderea populației ocupate în activități de servicii intensive în cunoaștere.' },
  },
  INNOV_SME_COLLAB_PCT: {
    it: { name: 'PMI innovative che collaborano con altri', unit: '% delle PMI', description: 'Quota di PMI con accordi di cooperazione per l’innovazione.' },
    ro: { name: 'IMM-uri inovatoare care colaborează cu alții', unit: '% din IMM-uri', description: 'Ponderea IMM-urilor cu acorduri de cooperare pentru inovare.' },
  },
  INTL_COPUB_PER_MIO: {
    it: { name: 'Co-pubblicazioni scientifiche internazionali', unit: 'per milione di ab.', description: 'Co-pubblicazioni con almeno un coautore straniero per milione di abitanti.' },
    ro: { name: 'Copublicații științifice internaționale', unit: 'la un milion de loc.', description: 'Copublicații cu cel puțin un coautor străin la un milion de locuitori.' },
  },
  VENTURE_CAPITAL_PCT_GDP: {
    it: { name: 'Investimenti in capitale di rischio', unit: '% del PIL', description: 'Investimenti in capitale di rischio in % del PIL.' },
    ro: { name: 'Investiții de capital de risc', unit: '% din PIB', description: 'Investiții de capital de risc ca % din PIB.' },
  },
  RENEWABLE_ENERGY_PCT: {
    it: { name: 'Quota di energia rinnovabile', unit: '%', description: 'Quota di energia da fonti rinnovabili nel consumo finale lordo di energia.' },
    ro: { name: 'Ponderea energiei din surse regenerabile', unit: '%', description: 'Ponderea energiei din surse regenerabile în consumul final brut de energie.' },
  },
  GOV_QUALITY_INDEX: {
    it: { name: 'Qualità del governo', unit: 'indice', description: 'Indice regionale della qualità del governo (tipo EQI, 0 = media UE).' },
    ro: { name: 'Calitatea guvernării', unit: 'indice', description: 'Indicele regional al calității guvernării (de tip EQI, 0 = media UE).' },
  },
};
