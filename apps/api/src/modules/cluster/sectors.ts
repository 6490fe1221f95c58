/** Sectors of the cluster star ratings (after the European Cluster Observatory's sector list). */
export const SECTORS: readonly { code: string; name: string }[] = [
  { code: 'AGRI_FOOD', name: 'Agri-food processing' },
  { code: 'AUTOMOTIVE', name: 'Automotive' },
  { code: 'FURNITURE', name: 'Furniture and wood' },
  { code: 'TEXTILES', name: 'Textiles, clothing and footwear' },
  { code: 'MACHINERY', name: 'Machinery and mechatronics' },
  { code: 'ICT', name: 'Digital industries (ICT)' },
  { code: 'TOURISM', name: 'Experience and tourism' },
  { code: 'ENERGY', name: 'Energy and environment' },
  { code: 'LOGISTICS', name: 'Transport and logistics' },
  { code: 'CHEMICALS', name: 'Chemicals and pharmaceuticals' },
];

