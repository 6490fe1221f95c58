import type { ClusterStageValue, QualityLabelValue } from '../../modules/cluster/cluster.entity';

export interface ClusterSeed {
  name: string;
  regionCode: string;
  sector: string;
  organisation: string | null;
  members: number | null;
  employees: number | null;
  foundedYear: number | null;
  stage: ClusterStageValue;
  model: string | null;
  qualityLabel: QualityLabelValue;
}

/** Plausible demo clusters in the partner regions (all flagged isDemo). */
export const CLUSTER_SEEDS: readonly ClusterSeed[] = [
  { name: 'Marche Home and Furniture Cluster', regionCode: 'ITI3', sector: 'FURNITURE', organisation: 'Marche Cluster Association', members: 140, employees: 21000, foundedYear: 2009, stage: 'MATURE', model: 'Marshallian district', qualityLabel: 'SILVER' },
  { name: 'Marche Footwear District', regionCode: 'ITI3', sector: 'TEXTILES', organisation: 'Fermo-Macerata Footwear Network', members: 210, employees: 26000, foundedYear: 2004, stage: 'MATURE', model: 'Marshallian district', qualityLabel: 'BRONZE' },
  { name: 'Veneto Mechatronics Cluster', regionCode: 'ITH3', sector: 'MACHINERY', organisation: 'Veneto Cluster Association', members: 95, employees: 18000, foundedYear: 2011, stage: 'GROWTH', model: 'Network', qualityLabel: 'GOLD' },
  { name: 'Styrian Automotive Cluster', regionCode: 'AT22', sector: 'AUTOMOTIVE', organisation: 'Styrian Business Promotion Agency', members: 220, employees: 52000, foundedYear: 1995, stage: 'MATURE', model: 'Hub-and-spoke', qualityLabel: 'GOLD' },
  { name: 'Upper Austria Plastics Cluster', regionCode: 'AT31', sector: 'CHEMICALS', organisation: 'Upper Austria Cluster Network', members: 400, employees: 31000, foundedYear: 1999, stage: 'MATURE', model: 'Network', qualityLabel: 'GOLD' },
  { name: 'West Slovakia Automotive Cluster', regionCode: 'SK02', sector: 'AUTOMOTIVE', organisation: 'West Slovakia Innovation Agency', members: 60, employees: 40000, foundedYear: 2007, stage: 'GROWTH', model: 'Hub-and-spoke', qualityLabel: 'BRONZE' },
  { name: 'North-East Romania Textile Cluster', regionCode: 'RO21', sector: 'TEXTILES', organisation: 'ASTRICO North-East (demo)', members: 55, employees: 9500, foundedYear: 2011, stage: 'GROWTH', model: 'Network', qualityLabel: 'SILVER' },
  { name: 'Iasi ICT Cluster', regionCode: 'RO21', sector: 'ICT', organisation: 'Iasi Software Network (demo)', members: 70, employees: 12000, foundedYear: 2012, stage: 'GROWTH', model: 'Network', qualityLabel: 'BRONZE' },
  { name: 'Bucharest Digital Cluster', regionCode: 'RO32', sector: 'ICT', organisation: null, members: 120, employees: 38000, foundedYear: 2010, stage: 'GROWTH', model: 'Network', qualityLabel: 'NONE' },
  { name: 'Sofia ICT Cluster', regionCode: 'BG41', sector: 'ICT', organisation: 'Bulgarian Ministry of Economy - Cluster Policy Unit', members: 90, employees: 30000, foundedYear: 2008, stage: 'GROWTH', model: 'Network', qualityLabel: 'BRONZE' },
  { name: 'Danube Agri-food Cluster', regionCode: 'BG32', sector: 'AGRI_FOOD', organisation: 'North-Central Bulgaria Cluster Association', members: 45, employees: 7000, foundedYear: 2013, stage: 'EMERGING', model: 'Network', qualityLabel: 'NONE' },
  { name: 'Central Macedonia Food Cluster', regionCode: 'EL52', sector: 'AGRI_FOOD', organisation: 'Region of Central Macedonia - Development Directorate', members: 80, employees: 14000, foundedYear: 2010, stage: 'MATURE', model: 'Network', qualityLabel: 'SILVER' },
  { name: 'South Aegean Tourism Cluster', regionCode: 'EL42', sector: 'TOURISM', organisation: null, members: 150, employees: 25000, foundedYear: 2012, stage: 'GROWTH', model: 'Network', qualityLabel: 'NONE' },
  { name: 'Adriatic Nautical Tourism Cluster', regionCode: 'HR03', sector: 'TOURISM', organisation: 'Adriatic Croatia Cluster Council', members: 65, employees: 11000, foundedYear: 2012, stage: 'GROWTH', model: 'Network', qualityLabel: 'BRONZE' },
  { name: 'Vojvodina Agri-food Cluster', regionCode: 'RS12', sector: 'AGRI_FOOD', organisation: 'Vojvodina Regional Development Agency', members: 75, employees: 16000, foundedYear: 2009, stage: 'MATURE', model: 'Network', qualityLabel: 'BRONZE' },
  { name: 'Kecskemet Automotive Suppliers Cluster', regionCode: 'HU33', sector: 'AUTOMOTIVE', organisation: 'South Great Plain Regional Innovation Agency', members: 40, employees: 9000, foundedYear: 2012, stage: 'EMERGING', model: 'Hub-and-spoke', qualityLabel: 'NONE' },
  { name: 'Eastern Slovenia Wood Cluster', regionCode: 'SI03', sector: 'FURNITURE', organisation: 'Eastern Slovenia Regional Development Agency', members: 50, employees: 6000, foundedYear: 2011, stage: 'GROWTH', model: 'Network', qualityLabel: 'BRONZE' },
  { name: 'Montenegro Coastal Tourism Cluster', regionCode: 'ME00', sector: 'TOURISM', organisation: 'Montenegro Directorate for SME Development', members: 35, employees: 5000, foundedYear: 2013, stage: 'EMERGING', model: 'Network', qualityLabel: 'NONE' },
];
