/*
 * The partnership's closed lists (DOMAIN.md 3): defined once; the API's entities and GraphQL
 * enums derive from them.
 */

/** Kinds of partner institution. */
export const PARTNER_TYPES = [
  'NATIONAL_AUTHORITY',
  'REGIONAL_AUTHORITY',
  'REGIONAL_DEVELOPMENT_AGENCY',
  'RESEARCH_INSTITUTE',
  'INNOVATION_AGENCY',
  'CLUSTER_ASSOCIATION',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** A partner's role in the project. */
export const PARTNER_ROLES = ['LEAD_PARTNER', 'PARTNER', 'IPA_PARTNER', 'OBSERVER'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** The fund that finances a partner. */
export const FUNDS = ['ERDF', 'IPA'] as const;
export type Fund = (typeof FUNDS)[number];

/**
 * Platform accounts: ADMIN is lead-partner staff, PARTNER_EDITOR staff of one partner, LEARNER a
 * self-registered user of the training package (not a member of the partnership).
 */
export const USER_ROLES = ['ADMIN', 'PARTNER_EDITOR', 'LEARNER'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A cluster's life-cycle stage. */
export const CLUSTER_STAGES = ['EMERGING', 'GROWTH', 'MATURE', 'DECLINING'] as const;
export type ClusterStage = (typeof CLUSTER_STAGES)[number];

/** ESCA cluster management excellence label. */
export const QUALITY_LABELS = ['NONE', 'BRONZE', 'SILVER', 'GOLD'] as const;
export type QualityLabel = (typeof QUALITY_LABELS)[number];

/** Roles of the partnership's own staff ("members"): they see what visitors and learners do not. */
export const isPartnershipMember = (role: UserRole | null | undefined): boolean => role === 'ADMIN' || role === 'PARTNER_EDITOR';
