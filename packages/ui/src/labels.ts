import type { Fund, PartnerRole, PartnerType, Role } from '@polisee/graphql';

// Display names of the schema's enums, kept together so translation can replace them later.
export const partnerTypeLabels: Record<PartnerType, string> = {
  NATIONAL_AUTHORITY: 'National authority',
  REGIONAL_AUTHORITY: 'Regional authority',
  REGIONAL_DEVELOPMENT_AGENCY: 'Regional development agency',
  RESEARCH_INSTITUTE: 'Research institute / university',
  INNOVATION_AGENCY: 'Innovation agency',
  CLUSTER_ASSOCIATION: 'Cluster association',
};

export const partnerRoleLabels: Record<PartnerRole, string> = {
  LEAD_PARTNER: 'Lead partner',
  PARTNER: 'Partner',
  IPA_PARTNER: 'IPA partner',
  OBSERVER: 'Observer',
};

export const fundLabels: Record<Fund, string> = {
  ERDF: 'ERDF',
  IPA: 'IPA',
};

export const userRoleLabels: Record<Role, string> = {
  ADMIN: 'Administrator',
  PARTNER_EDITOR: 'Partner editor',
};

/** Options for a <select>, in the order the labels are declared. */
export function optionsOf<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
