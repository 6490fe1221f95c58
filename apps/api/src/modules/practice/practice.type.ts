import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/relay';
import { DevelopmentArea } from '../indicator/indicator.type';
import type { PracticeContent, PracticeEntity, PracticeEventEntity, PracticeRevisionEntity } from './practice.entity';

export enum PracticeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  ARCHIVED = 'ARCHIVED',
}
export enum PracticeAction {
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  PUBLISH = 'PUBLISH',
  REJECT = 'REJECT',
  ARCHIVE = 'ARCHIVE',
}
export enum Instrument {
  GRANT = 'GRANT',
  VOUCHER = 'VOUCHER',
  LOAN_OR_GUARANTEE = 'LOAN_OR_GUARANTEE',
  EQUITY = 'EQUITY',
  TAX_INCENTIVE = 'TAX_INCENTIVE',
  NETWORKING_PROGRAMME = 'NETWORKING_PROGRAMME',
  TRAINING = 'TRAINING',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  ADVISORY_SERVICE = 'ADVISORY_SERVICE',
  INTERNATIONALISATION_SUPPORT = 'INTERNATIONALISATION_SUPPORT',
  REGULATION = 'REGULATION',
  PUBLIC_PROCUREMENT = 'PUBLIC_PROCUREMENT',
}
export enum TargetGroup {
  SMES = 'SMES',
  START_UPS = 'START_UPS',
  LARGE_ENTERPRISES = 'LARGE_ENTERPRISES',
  CLUSTER_ORGANISATIONS = 'CLUSTER_ORGANISATIONS',
  RESEARCH_ORGANISATIONS = 'RESEARCH_ORGANISATIONS',
  UNIVERSITIES = 'UNIVERSITIES',
  PUBLIC_AUTHORITIES = 'PUBLIC_AUTHORITIES',
  INVESTORS = 'INVESTORS',
  WORKERS_AND_JOB_SEEKERS = 'WORKERS_AND_JOB_SEEKERS',
  STUDENTS = 'STUDENTS',
}
export enum PracticeSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  TITLE = 'TITLE',
}
registerEnumType(PracticeStatus, { name: 'PracticeStatus', description: 'DRAFT -> SUBMITTED -> PUBLISHED -> ARCHIVED; SUBMITTED -> CHANGES_REQUESTED -> SUBMITTED; SUBMITTED -> REJECTED.' });
registerEnumType(PracticeAction, { name: 'PracticeAction' });
registerEnumType(Instrument, { name: 'Instrument', description: 'The policy instrument a practice uses.' });
registerEnumType(TargetGroup, { name: 'TargetGroup' });
registerEnumType(PracticeSort, { name: 'PracticeSort', description: 'RELEVANCE falls back to NEWEST without a text query.' });

@ObjectType({ description: 'A measurable result, optionally tied to an indicator with values before and after.' })
export class PracticeResult {
  @Field()
  description: string;

  @Field(() => ID, { nullable: true })
  indicatorId: string | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Float, { nullable: true })
  before: number | null;

  @Field(() => Float, { nullable: true })
  after: number | null;

  @Field(() => Int, { nullable: true })
  beforeYear: number | null;

  @Field(() => Int, { nullable: true })
  afterYear: number | null;
}

@ObjectType()
export class PracticeLink {
  @Field()
  label: string;

  @Field()
  url: string;
}

@ObjectType({ description: 'Metadata of an attached document (the file lives at its URL).' })
export class PracticeAttachment {
  @Field()
  name: string;

  @Field()
  url: string;

  @Field(() => String, { nullable: true })
  mimeType: string | null;

  @Field(() => Int, { nullable: true })
  sizeBytes: number | null;
}

@ObjectType({ description: 'Who to ask about the practice. Members only.' })
export class PracticeContact {
  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  phone: string;
}

/** Fields shared by a practice and the content of its revision. */
@ObjectType()
export abstract class PracticeContentFields {
  @Field({ description: 'At most 100 characters.' })
  title: string;

  @Field()
  summary: string;

  @Field({ description: 'Markdown (rendered without raw HTML).' })
  description: string;

  @Field()
  resourcesNeeded: string;

  @Field(() => Int, { nullable: true })
  startYear: number | null;

  @Field(() => Int, { nullable: true })
  endYear: number | null;

  @Field({ description: 'Evidence of success, in words; the measurable results are in `results`.' })
  evidence: string;

  @Field(() => [PracticeResult])
  results: PracticeResult[];

  @Field()
  difficulties: string;

  @Field()
  transferPotential: string;

  @Field()
  lessonsLearned: string;

  @Field({ description: 'Main institution running the practice.' })
  institution: string;

  @Field({ description: 'ISO 3166 alpha-2.' })
  country: string;

  @Field(() => [DevelopmentArea])
  developmentAreas: DevelopmentArea[];

  @Field(() => Instrument, { nullable: true })
  instrument: Instrument | null;

  @Field(() => [TargetGroup])
  targetGroups: TargetGroup[];

  @Field(() => Float, { nullable: true })
  budgetEur: number | null;

  @Field()
  fundingSource: string;

  @Field(() => [PracticeLink])
  links: PracticeLink[];

  @Field(() => [PracticeAttachment])
  attachments: PracticeAttachment[];

  @Field({ description: 'Language of the text (en, it, ro, ...).' })
  language: string;

  regionIds: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

function contentOf(c: PracticeContent) {
  return {
    title: c.title,
    summary: c.summary,
    description: c.description,
    resourcesNeeded: c.resourcesNeeded,
    startYear: c.startYear,
    endYear: c.endYear,
    evidence: c.evidence,
    results: (c.results ?? []).map((r) => ({
      description: r.description,
      indicatorId: r.indicatorId ?? null,
      unit: r.unit ?? null,
      before: r.before ?? null,
      after: r.after ?? null,
      beforeYear: r.beforeYear ?? null,
      afterYear: r.afterYear ?? null,
    })),
    difficulties: c.difficulties,
    transferPotential: c.transferPotential,
    lessonsLearned: c.lessonsLearned,
    institution: c.institution,
    country: c.country,
    regionIds: c.regionIds ?? [],
    developmentAreas: (c.developmentAreas ?? []) as DevelopmentArea[],
    instrument: (c.instrument ?? null) as Instrument | null,
    targetGroups: (c.targetGroups ?? []) as TargetGroup[],
    budgetEur: c.budgetEur,
    fundingSource: c.fundingSource,
    links: c.links ?? [],
    attachments: (c.attachments ?? []).map((a) => ({ name: a.name, url: a.url, mimeType: a.mimeType ?? null, sizeBytes: a.sizeBytes ?? null })),
    language: c.language,
    contactName: c.contactName,
    contactEmail: c.contactEmail,
    contactPhone: c.contactPhone,
  };
}

@ObjectType({ description: 'A policy example (good practice). Only published ones are public.' })
export class Practice extends PracticeContentFields {
  @Field(() => ID)
  id: string;

  @Field({ description: 'URL name: /practices/:slug.' })
  slug: string;

  @Field(() => PracticeStatus)
  status: PracticeStatus;

  @Field({ description: 'Demo content, not a real practice.' })
  isDemo: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  partnerId: string;
  createdById: string | null;

  static from(e: PracticeEntity): Practice {
    return Object.assign(new Practice(), contentOf(e), {
      id: e.id,
      slug: e.slug,
      status: e.status as PracticeStatus,
      isDemo: e.isDemo,
      publishedAt: e.publishedAt,
      submittedAt: e.submittedAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      partnerId: e.partnerId,
      createdById: e.createdById,
    });
  }
}

@ObjectType({ description: 'A revision of a published practice, waiting for validation.' })
export class PracticeRevision extends PracticeContentFields {
  @Field(() => ID)
  id: string;

  @Field(() => PracticeStatus)
  status: PracticeStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  practiceId: string;

  static from(e: PracticeRevisionEntity): PracticeRevision {
    return Object.assign(new PracticeRevision(), contentOf(e.content), {
      id: e.id,
      status: e.status as PracticeStatus,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      practiceId: e.practiceId,
    });
  }
}

@ObjectType({ description: 'One line of a practice history: an edit or a status move.' })
export class PracticeEvent {
  @Field(() => ID)
  id: string;

  @Field({ description: 'CREATE, EDIT or a workflow action.' })
  action: string;

  @Field(() => PracticeStatus, { nullable: true })
  fromStatus: PracticeStatus | null;

  @Field(() => PracticeStatus, { nullable: true })
  toStatus: PracticeStatus | null;

  @Field({ description: 'True when the event concerns a revision of the published practice.' })
  onRevision: boolean;

  @Field(() => [String])
  changedFields: string[];

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  at: Date;

  actorId: string | null;

  static from(e: PracticeEventEntity): PracticeEvent {
    return Object.assign(new PracticeEvent(), {
      id: e.id,
      action: e.action,
      fromStatus: e.fromStatus as PracticeStatus | null,
      toStatus: e.toStatus as PracticeStatus | null,
      onRevision: e.revisionId !== null,
      changedFields: e.changedFields,
      comment: e.comment,
      at: e.at,
      actorId: e.actorId,
    });
  }
}

@ObjectType({ description: 'A piece of a snippet; highlighted pieces matched the query.' })
export class SnippetPart {
  @Field()
  text: string;

  @Field()
  highlighted: boolean;
}

@ObjectType()
export class PracticeSearchEdge {
  @Field()
  cursor: string;

  @Field(() => Practice)
  node: Practice;

  @Field(() => Float, { description: 'Text rank (0 without a query).' })
  rank: number;

  @Field(() => [SnippetPart], { description: 'Best passages of the summary and description with the matches highlighted; the summary start without a query.' })
  snippet: SnippetPart[];
}

@ObjectType()
export class FacetCount {
  @Field({ description: 'The value to filter by (a code, an enum name or a year).' })
  value: string;

  @Field({ description: 'Human-readable label (country or region name) when there is one.' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts of published practices per value, each respecting the query and all the other facet filters.' })
export class PracticeFacets {
  @Field(() => [FacetCount])
  countries: FacetCount[];

  @Field(() => [FacetCount])
  regions: FacetCount[];

  @Field(() => [FacetCount])
  developmentAreas: FacetCount[];

  @Field(() => [FacetCount])
  instruments: FacetCount[];

  @Field(() => [FacetCount])
  targetGroups: FacetCount[];

  @Field(() => [FacetCount])
  years: FacetCount[];
}

@ObjectType()
export class PracticeSearchConnection {
  @Field(() => [PracticeSearchEdge])
  edges: PracticeSearchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  /** Kept for the lazily computed facets. */
  searchArgs: unknown;
}

@ObjectType()
export class PracticeEdge {
  @Field()
  cursor: string;

  @Field(() => Practice)
  node: Practice;
}

@ObjectType()
export class PracticeConnection {
  @Field(() => [PracticeEdge])
  edges: PracticeEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class PracticeStatusCount {
  @Field(() => PracticeStatus)
  status: PracticeStatus;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'Of which revisions of published practices.' })
  revisions: number;
}

@ObjectType({ description: 'The outcome of one item of a bulk action.' })
export class PracticeBulkResult {
  @Field(() => ID)
  id: string;

  @Field()
  ok: boolean;

  @Field(() => String, { nullable: true, description: 'The refusing guard when not ok.' })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;
}
