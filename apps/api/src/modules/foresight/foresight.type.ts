import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  enumOf,
  FORESIGHT_COMMENT_STATUSES,
  FORESIGHT_EXERCISE_STATUSES,
  FORESIGHT_ITEM_KINDS,
  FORESIGHT_METHODS,
  STAKEHOLDER_TYPES,
  type ForesightCommentStatus as CommentStatusValue,
  type ForesightExerciseStatus as ExerciseStatusValue,
  type ForesightItemKind as ItemKindValue,
  type ForesightMethod as MethodValue,
  type StakeholderType as StakeholderTypeValue,
} from '@polisee/domain';
import { DevelopmentArea } from '../indicator/indicator.type';
import type { ForesightExerciseEntity } from './foresight.entity';

export const ForesightMethod = enumOf(FORESIGHT_METHODS);
export type ForesightMethod = MethodValue;
export const ForesightExerciseStatus = enumOf(FORESIGHT_EXERCISE_STATUSES);
export type ForesightExerciseStatus = ExerciseStatusValue;
export const ForesightItemKind = enumOf(FORESIGHT_ITEM_KINDS);
export type ForesightItemKind = ItemKindValue;
export const StakeholderType = enumOf(STAKEHOLDER_TYPES);
export type StakeholderType = StakeholderTypeValue;
export const ForesightCommentStatus = enumOf(FORESIGHT_COMMENT_STATUSES);
export type ForesightCommentStatus = CommentStatusValue;
export const ConsensusCombine = enumOf(['ALL', 'ANY'] as const);
export type ConsensusCombine = 'ALL' | 'ANY';
registerEnumType(ForesightMethod, { name: 'ForesightMethod', description: 'ROUNDS: rounds with feedback. REAL_TIME: roundless, statistics update live.' });
registerEnumType(ForesightExerciseStatus, { name: 'ForesightExerciseStatus' });
registerEnumType(ForesightItemKind, { name: 'ForesightItemKind', description: 'A 1..k scale of probability, desirability or impact, or a year of occurrence.' });
registerEnumType(StakeholderType, { name: 'StakeholderType' });
registerEnumType(ForesightCommentStatus, { name: 'ForesightCommentStatus', description: 'Moderators hide comments; hidden ones are shown to organisers only.' });
registerEnumType(ConsensusCombine, { name: 'ConsensusCombine' });

@ObjectType({ description: 'A consensus rule (DOMAIN.md 8): each criterion optional, combined with ALL or ANY.' })
export class ConsensusRule {
  @Field(() => Float, { nullable: true })
  maxIqr: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of answers in the top categories, 0..1.' })
  minTopShare: number | null;

  @Field(() => Float, { nullable: true })
  maxSd: number | null;

  @Field(() => Int)
  minResponses: number;

  @Field(() => ConsensusCombine)
  combine: ConsensusCombine;
}

@ObjectType()
export class ValueCount {
  @Field(() => Float)
  value: number;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ConsensusCriterionResult {
  @Field({ description: 'MAX_IQR, MIN_TOP_SHARE or MAX_SD.' })
  criterion: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float)
  threshold: number;

  @Field()
  met: boolean;
}

@ObjectType({ description: "An item's statistics in one round: frozen when the round closed, live while it is open." })
export class ItemStatistics {
  @Field(() => Int)
  roundNumber: number;

  @Field({ description: 'False while the round is open (live statistics).' })
  frozen: boolean;

  @Field(() => Int)
  n: number;

  @Field(() => Float, { nullable: true })
  median: number | null;

  @Field(() => Float, { nullable: true })
  q1: number | null;

  @Field(() => Float, { nullable: true })
  q3: number | null;

  @Field(() => Float, { nullable: true })
  iqr: number | null;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  sd: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of answers in the top categories.' })
  topShare: number | null;

  @Field(() => [ValueCount])
  distribution: ValueCount[];

  @Field()
  consensus: boolean;

  @Field(() => [ConsensusCriterionResult])
  criteria: ConsensusCriterionResult[];

  @Field(() => Float, { nullable: true, description: 'Median now minus the previous round.' })
  medianChange: number | null;

  @Field(() => Float, { nullable: true, description: 'Change of the coefficient of variation since the previous round.' })
  cvChange: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of panellists in both rounds who changed their answer.' })
  shareChanged: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Stable since the previous round (null in the first).' })
  stable: boolean | null;
}

@ObjectType()
export class ForesightItem {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => ForesightItemKind)
  kind: ForesightItemKind;

  @Field(() => Int)
  scaleMin: number;

  @Field(() => Int)
  scaleMax: number;

  @Field(() => Int)
  topCategories: number;

  @Field(() => ConsensusRule, { description: "The rule applied: the item's own, else the exercise's." })
  consensusRule: ConsensusRule;

  @Field()
  ownRule: boolean;

  statementId: string;
}

@ObjectType()
export class ForesightStatement {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  theme: string;

  @Field()
  text: string;

  @Field({ description: 'The language the text came back in (a translation, else the original).' })
  displayedLanguage: string;

  @Field(() => [String])
  indicatorCodes: string[];

  @Field(() => [ForesightItem])
  items: ForesightItem[];
}

@ObjectType()
export class ForesightRound {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  openedAt: Date;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  isOpen: boolean;
}

@ObjectType()
export class ForesightDriver {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  statementId: string | null;

  @Field(() => Int)
  position: number;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [String])
  projections: string[];
}

@ObjectType()
export class ScenarioChoice {
  @Field(() => ID)
  driverId: string;

  @Field()
  driverName: string;

  @Field()
  projection: string;
}

@ObjectType()
export class ForesightScenario {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  narrative: string;

  @Field(() => [ScenarioChoice])
  choices: ScenarioChoice[];
}

@ObjectType({ description: 'An exercise: public once it runs; results when the organiser publishes them.' })
export class ForesightExercise {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  topic: string;

  @Field({ description: 'Language the exercise was written in.' })
  language: string;

  @Field(() => [String])
  availableLanguages: string[];

  @Field()
  displayedLanguage: string;

  @Field(() => ForesightMethod)
  method: ForesightMethod;

  @Field(() => Int)
  horizonYear: number;

  @Field(() => String, { nullable: true, description: 'NUTS code; null: partnership-wide.' })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  regionName: string | null;

  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field(() => [DevelopmentArea])
  areas: DevelopmentArea[];

  @Field(() => ForesightExerciseStatus)
  status: ForesightExerciseStatus;

  @Field(() => ConsensusRule)
  consensusRule: ConsensusRule;

  @Field(() => Float)
  stabilityMaxChange: number;

  @Field(() => Date, { nullable: true })
  resultsPublishedAt: Date | null;

  @Field()
  isDemo: boolean;

  @Field(() => [ForesightStatement])
  statements: ForesightStatement[];

  @Field(() => [ForesightRound])
  rounds: ForesightRound[];

  @Field(() => [ForesightDriver])
  drivers: ForesightDriver[];

  @Field(() => [ForesightScenario])
  scenarios: ForesightScenario[];

  @Field({ description: 'Whether the caller may organise this exercise.' })
  canManage: boolean;

  /** The stored row, for field resolvers (not in the schema). */
  entity: ForesightExerciseEntity;
}

@ObjectType()
export class IndicatorBenchmark {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => Float, { nullable: true, description: "The exercise region's latest value." })
  regionValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean over all regions in that year.' })
  averageValue: number | null;
}

@ObjectType()
export class ItemResult {
  @Field(() => ForesightItem)
  item: ForesightItem;

  @Field(() => [ItemStatistics], { description: 'One per round, in order.' })
  rounds: ItemStatistics[];

  @Field(() => [String], { description: "The last round's arguments, anonymous and in no particular order." })
  arguments: string[];
}

@ObjectType()
export class StatementResult {
  @Field(() => ForesightStatement)
  statement: ForesightStatement;

  @Field(() => [ItemResult])
  items: ItemResult[];

  @Field(() => [IndicatorBenchmark], { description: 'The indicators the statement concerns, with the region benchmark.' })
  indicators: IndicatorBenchmark[];
}

@ObjectType({ description: 'Counts only: never who answered what.' })
export class RoundParticipation {
  @Field(() => Int)
  roundNumber: number;

  @Field(() => Int)
  respondents: number;

  @Field(() => Int)
  responses: number;

  @Field(() => Int)
  itemsWithConsensus: number;

  @Field(() => Int)
  items: number;
}

@ObjectType()
export class ForesightParticipation {
  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  revoked: number;

  @Field(() => [RoundParticipation])
  rounds: RoundParticipation[];
}

@ObjectType({ description: 'An invitation link as the organiser sees it: never its answers.' })
export class ForesightInvitation {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field()
  invitedByEmail: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreatedInvitation {
  @Field(() => ForesightInvitation)
  invitation: ForesightInvitation;

  @Field(() => String, { nullable: true, description: 'The answering link (path), shown once; null when it went by email.' })
  answerPath: string | null;
}

@ObjectType({ description: 'An anonymous comment: no author is ever exposed.' })
export class ForesightComment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  statementId: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  @Field(() => ForesightCommentStatus)
  status: ForesightCommentStatus;

  @Field({ description: "True for the calling panellist's own comments." })
  mine: boolean;
}

@ObjectType()
export class PanelAnswer {
  @Field(() => Float)
  value: number;

  @Field(() => Int, { nullable: true })
  confidence: number | null;

  @Field(() => String, { nullable: true })
  argument: string | null;
}

@ObjectType({ description: "One item as a panellist sees it: own answers and the group's anonymous feedback." })
export class PanelItem {
  @Field(() => ForesightItem)
  item: ForesightItem;

  @Field(() => PanelAnswer, { nullable: true, description: 'Own answer in the current round.' })
  answer: PanelAnswer | null;

  @Field(() => PanelAnswer, { nullable: true, description: 'Own answer in the previous round.' })
  previousAnswer: PanelAnswer | null;

  @Field(() => ItemStatistics, {
    nullable: true,
    description: "The group's feedback: the previous round's frozen statistics (ROUNDS) or the live ones (REAL_TIME).",
  })
  group: ItemStatistics | null;

  @Field(() => [String], { description: "The group's anonymous arguments (previous round, or live)." })
  arguments: string[];

  @Field({ description: "The current answer lies outside the group's IQR: a reason is asked for." })
  reasonRequired: boolean;
}

@ObjectType()
export class PanelStatement {
  @Field(() => ForesightStatement)
  statement: ForesightStatement;

  @Field(() => [PanelItem])
  items: PanelItem[];

  @Field(() => [ForesightComment])
  comments: ForesightComment[];
}

@ObjectType({ description: "A panellist's view through their invitation token." })
export class PanelSession {
  @Field(() => ForesightExercise)
  exercise: ForesightExercise;

  @Field(() => ForesightRound, { nullable: true, description: 'The open round, else the last one.' })
  round: ForesightRound | null;

  @Field()
  roundOpen: boolean;

  @Field(() => StakeholderType, { nullable: true })
  stakeholderType: StakeholderType | null;

  @Field(() => Int, { nullable: true })
  expertise: number | null;

  @Field(() => Int)
  answeredItems: number;

  @Field(() => [PanelStatement])
  statements: PanelStatement[];
}

@ObjectType({ description: 'Something changed in an exercise: refetch what you show (answers, comments or rounds).' })
export class ForesightChangeEvent {
  @Field(() => ID)
  exerciseId: string;

  @Field({ description: 'ANSWERS, COMMENTS or ROUND.' })
  kind: string;

  @Field()
  at: Date;
}
