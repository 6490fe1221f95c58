import type { FundValue, PartnerRoleValue, PartnerTypeValue } from '../../modules/partner/partner.entity';

export interface PartnerSeed {
  name: string;
  acronym: string | null;
  country: string;
  regionCode: string;
  type: PartnerTypeValue;
  role: PartnerRoleValue;
  fund: FundValue;
  budgetEur: number;
  website: string | null;
  contactEmail: string | null;
  isDemo: boolean;
}

/**
 * The ClusterPoliSEE partnership: 23 partners in 11 countries (8 EU member states with ERDF,
 * 3 IPA states). The lead partner and the three Romanian partners are the real ones the
 * project text names; the other 19 are plausible institutions of the listed types, flagged
 * `isDemo` and shown as demo data in both apps. Budgets add up to the project's 5.18 M EUR.
 */
export const PARTNER_SEEDS: readonly PartnerSeed[] = [
  { name: 'Marche Region', acronym: 'MARCHE', country: 'IT', regionCode: 'ITI3', type: 'REGIONAL_AUTHORITY', role: 'LEAD_PARTNER', fund: 'ERDF', budgetEur: 770000, website: 'https://www.regione.marche.it', contactEmail: null, isDemo: false },
  { name: 'North-East Regional Development Agency', acronym: 'RDA NE', country: 'RO', regionCode: 'RO21', type: 'REGIONAL_DEVELOPMENT_AGENCY', role: 'PARTNER', fund: 'ERDF', budgetEur: 262000, website: 'https://www.adrnordest.ro', contactEmail: null, isDemo: false },
  { name: 'Ministry of Economy, Trade and Business Environment - Industrial Policy Department', acronym: 'METBE', country: 'RO', regionCode: 'RO32', type: 'NATIONAL_AUTHORITY', role: 'PARTNER', fund: 'ERDF', budgetEur: 198000, website: null, contactEmail: null, isDemo: false },
  { name: 'Institute of Economic Forecasting Bucharest', acronym: 'IEF', country: 'RO', regionCode: 'RO32', type: 'RESEARCH_INSTITUTE', role: 'PARTNER', fund: 'ERDF', budgetEur: 214000, website: 'https://ipe.ro', contactEmail: null, isDemo: false },
  { name: 'Marche Polytechnic Innovation Observatory', acronym: 'MPIO', country: 'IT', regionCode: 'ITI3', type: 'RESEARCH_INSTITUTE', role: 'PARTNER', fund: 'ERDF', budgetEur: 236000, website: null, contactEmail: 'contact@mpio.example', isDemo: true },
  { name: 'Veneto Cluster Association', acronym: 'VCA', country: 'IT', regionCode: 'ITH3', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF', budgetEur: 208000, website: null, contactEmail: 'office@vca.example', isDemo: true },
  { name: 'Styrian Business Promotion Agency', acronym: 'SBPA', country: 'AT', regionCode: 'AT22', type: 'INNOVATION_AGENCY', role: 'PARTNER', fund: 'ERDF', budgetEur: 241000, website: null, contactEmail: 'clusters@sbpa.example', isDemo: true },
  { name: 'Upper Austria Cluster Network', acronym: 'UACN', country: 'AT', regionCode: 'AT31', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF', budgetEur: 226000, website: null, contactEmail: 'network@uacn.example', isDemo: true },
  { name: 'Slovenian Ministry of Economic Development and Technology - Cluster Unit', acronym: 'MEDT', country: 'SI', regionCode: 'SI04', type: 'NATIONAL_AUTHORITY', role: 'PARTNER', fund: 'ERDF', budgetEur: 212000, website: null, contactEmail: 'clusters@medt.example', isDemo: true },
  { name: 'Eastern Slovenia Regional Development Agency', acronym: 'ESRDA', country: 'SI', regionCode: 'SI03', type: 'REGIONAL_DEVELOPMENT_AGENCY', role: 'PARTNER', fund: 'ERDF', budgetEur: 219000, website: null, contactEmail: 'info@esrda.example', isDemo: true },
  { name: 'Pest County Development Agency', acronym: 'PCDA', country: 'HU', regionCode: 'HU12', type: 'REGIONAL_DEVELOPMENT_AGENCY', role: 'PARTNER', fund: 'ERDF', budgetEur: 207000, website: null, contactEmail: 'office@pcda.example', isDemo: true },
  { name: 'South Great Plain Regional Innovation Agency', acronym: 'SGPRIA', country: 'HU', regionCode: 'HU33', type: 'INNOVATION_AGENCY', role: 'PARTNER', fund: 'ERDF', budgetEur: 231000, website: null, contactEmail: 'info@sgpria.example', isDemo: true },
  { name: 'West Slovakia Innovation Agency', acronym: 'WSIA', country: 'SK', regionCode: 'SK02', type: 'INNOVATION_AGENCY', role: 'PARTNER', fund: 'ERDF', budgetEur: 199000, website: null, contactEmail: 'info@wsia.example', isDemo: true },
  { name: 'Kosice Regional Development Agency', acronym: 'KRDA', country: 'SK', regionCode: 'SK04', type: 'REGIONAL_DEVELOPMENT_AGENCY', role: 'PARTNER', fund: 'ERDF', budgetEur: 204000, website: null, contactEmail: 'office@krda.example', isDemo: true },
  { name: 'Bulgarian Ministry of Economy - Cluster Policy Unit', acronym: 'BG-MOE', country: 'BG', regionCode: 'BG41', type: 'NATIONAL_AUTHORITY', role: 'PARTNER', fund: 'ERDF', budgetEur: 197000, website: null, contactEmail: 'clusters@bgmoe.example', isDemo: true },
  { name: 'North-Central Bulgaria Cluster Association', acronym: 'NCBCA', country: 'BG', regionCode: 'BG32', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF', budgetEur: 188000, website: null, contactEmail: 'info@ncbca.example', isDemo: true },
  { name: 'Region of Central Macedonia - Development Directorate', acronym: 'RCM', country: 'GR', regionCode: 'EL52', type: 'REGIONAL_AUTHORITY', role: 'PARTNER', fund: 'ERDF', budgetEur: 252000, website: null, contactEmail: 'development@rcm.example', isDemo: true },
  { name: 'Thessaly Technology and Research Park', acronym: 'TTRP', country: 'GR', regionCode: 'EL61', type: 'RESEARCH_INSTITUTE', role: 'PARTNER', fund: 'ERDF', budgetEur: 200000, website: null, contactEmail: 'info@ttrp.example', isDemo: true },
  { name: 'Croatian Agency for SMEs and Innovation - Cluster Desk', acronym: 'CASI', country: 'HR', regionCode: 'HR05', type: 'INNOVATION_AGENCY', role: 'IPA_PARTNER', fund: 'IPA', budgetEur: 148000, website: null, contactEmail: 'clusters@casi.example', isDemo: true },
  { name: 'Adriatic Croatia Cluster Council', acronym: 'ACCC', country: 'HR', regionCode: 'HR03', type: 'CLUSTER_ASSOCIATION', role: 'IPA_PARTNER', fund: 'IPA', budgetEur: 131000, website: null, contactEmail: 'info@accc.example', isDemo: true },
  { name: 'Serbian Ministry of Economy - Regional Development Sector', acronym: 'RS-MOE', country: 'RS', regionCode: 'RS11', type: 'NATIONAL_AUTHORITY', role: 'IPA_PARTNER', fund: 'IPA', budgetEur: 152000, website: null, contactEmail: 'regional@rsmoe.example', isDemo: true },
  { name: 'Vojvodina Regional Development Agency', acronym: 'VRDA', country: 'RS', regionCode: 'RS12', type: 'REGIONAL_DEVELOPMENT_AGENCY', role: 'IPA_PARTNER', fund: 'IPA', budgetEur: 139000, website: null, contactEmail: 'office@vrda.example', isDemo: true },
  { name: 'Montenegro Directorate for SME Development', acronym: 'MDSME', country: 'ME', regionCode: 'ME00', type: 'NATIONAL_AUTHORITY', role: 'IPA_PARTNER', fund: 'IPA', budgetEur: 146000, website: null, contactEmail: 'info@mdsme.example', isDemo: true },
];
