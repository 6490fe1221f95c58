import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  isObjectType,
  isInterfaceType,
} from 'graphql';

/**
 * Static cost of an operation, computed before it runs (the idea of the IBM/GraphQL cost spec):
 * every scalar costs 1, every object 2, a field that works hard costs its FIELD_COSTS entry on
 * top, and a list multiplies its subtree by its size: `first` (or `n`) as sent (literal or
 * variable, else the argument's default), else its LIST_SIZES entry or DEFAULT_LIST_SIZE. A connection's `edges` are already counted by
 * its `first`. graphql-armor's cost rule counts only literal `first` values and has no
 * per-field weights, so variables would make any list free; hence this rule.
 */
export const DEFAULT_LIST_SIZE = 10;
/** The largest page a connection serves (relay.ts MAX_PAGE_SIZE); larger values fail there. */
const MAX_MULTIPLIER = 100;
const SIZE_ARGS = ['first', 'n'];

/**
 * Unbounded lists known to be short, by schema coordinate (from the data: a NUTS-2 region has
 * a handful of partners and clusters), so a page of observations with their region's partners
 * is not priced as if each region had ten.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Region.partners': 5,
  'Region.clusters': 5,
  'Cluster.region': 1,
  // a pilot action has a few participants and KPIs, each with a few readings
  'PilotAction.participants': 4,
  'PilotAction.kpis': 4,
  'PilotKpi.readings': 4,
  // a learning cycle has a few peer reviews, measures and pilots
  'LearningCycle.peerReviews': 3,
  'LearningCycle.measures': 5,
  'LearningCycle.pilots': 3,
  // a practice names one or two regions; a snippet is a few highlighted runs of text
  'Practice.regions': 2,
  'PracticeSearchEdge.snippet': 5,
  // a training module has a few lessons, resources and quiz questions of a few options each
  'TrainingModule.lessons': 5,
  'TrainingModule.questions': 6,
  'TrainingModule.resources': 4,
  'TrainingLesson.toolLinks': 3,
  'QuizQuestion.options': 5,
  'QuizResult.questions': 6,
  'QuestionFeedback.chosenOptionIds': 5,
  'QuestionFeedback.correctOptionIds': 5,
  // the RIS3 wheel: six steps, at most 18 criteria
  'SelfAssessmentSummary.steps': 6,
  'SelfAssessmentReport.comparison': 6,
  'SavedSelfAssessment.scores': 18,
  // a foresight exercise has a dozen or so statements of one to four items, two or three rounds
  'ForesightExercise.statements': 15,
  'ForesightExercise.results': 15,
  'ForesightExercise.rounds': 3,
  'ForesightExercise.drivers': 4,
  'ForesightExercise.scenarios': 4,
  'ForesightExercise.areas': 3,
  'ForesightExercise.availableLanguages': 3,
  'ForesightStatement.items': 3,
  'ForesightStatement.indicatorCodes': 2,
  'StatementResult.items': 3,
  'StatementResult.indicators': 2,
  'ItemResult.rounds': 2,
  'ItemResult.arguments': 4,
  'ItemStatistics.distribution': 5,
  'ItemStatistics.criteria': 2,
  'ForesightDriver.projections': 3,
  'ForesightScenario.choices': 4,
  'PanelSession.statements': 15,
  'PanelStatement.items': 3,
  'PanelStatement.comments': 4,
  'PanelItem.arguments': 4,
};

/**
 * Fields whose work is not in their shape, by schema coordinate: a file export reads every
 * matching observation and builds a workbook (~1 s, ~100 MB for XLSX); a benchmark runs the
 * engine with its Monte Carlo draws. One export fits the anonymous budget, two do not.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.exportObservations': 2500,
  // one exercise's results, a few hundred rows at most
  'Query.exportForesightResults': 500,
  'Query.benchmark': 300,
  'Query.referenceRegions': 100,
  'Query.clusterStars': 100,
  'Mutation.previewObservationImport': 2000,
  'Mutation.applyObservationImport': 2000,
  'Mutation.login': 100, // a password hash
  'Mutation.acceptInvitation': 100,
  'Mutation.registerLearner': 100, // a password hash
  'Mutation.confirmLearnerEmail': 100,
  'Query.certificatePdf': 200, // a PDF with an embedded font
};

export interface CostOptions {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Readonly<Record<string, unknown>> | undefined;
  /** Stop counting past this: the answer is then "more than limit". */
  limit: number;
}

export function operationCost(opts: CostOptions): number {
  const { schema, document, operation, variables, limit } = opts;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  const sizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode, parent: GraphQLCompositeType): number => {
    for (const name of SIZE_ARGS) {
      const def = field.args.find((a) => a.name === name);
      if (!def) continue;
      const arg = node.arguments?.find((a) => a.name.value === name);
      const raw = arg ? valueOf(arg.value, variables) : def.defaultValue;
      const n = typeof raw === 'number' && Number.isFinite(raw) ? raw : typeof def.defaultValue === 'number' ? def.defaultValue : DEFAULT_LIST_SIZE;
      return Math.min(Math.max(Math.trunc(n), 1), MAX_MULTIPLIER);
    }
    if ((node.name.value === 'edges' || node.name.value === 'nodes') && parent.name.endsWith('Connection')) return 1;
    return LIST_SIZES[`${parent.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  };

  // Fragments may be spread many times: each spread is counted (that is what runs), but
  // the recursion is bounded by the total, so a fragment bomb stops early.
  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (total > limit) return total;
      if (sel.kind === Kind.FIELD) {
        total += fieldCost(sel, parent, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total += selectionCost(sel.selectionSet, cond && isCompositeType(cond) ? cond : parent, seen);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue; // cycles are refused by validation anyway
        const cond = schema.getType(frag.typeCondition.name.value);
        total += selectionCost(frag.selectionSet, cond && isCompositeType(cond) ? cond : parent, new Set([...seen, frag.name.value]));
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, seen: ReadonlySet<string>): number => {
    if (node.name.value.startsWith('__')) return 0; // introspection is bounded by the schema itself
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 1;
    const field = parent.getFields()[node.name.value];
    if (!field) return 1;
    const own = FIELD_COSTS[`${parent.name}.${field.name}`] ?? 0;
    const type = getNamedType(field.type);
    if (!node.selectionSet || !isCompositeType(type)) return 1 + own;
    const multiplier = isListType(getNullableType(field.type)) || field.args.some((a) => SIZE_ARGS.includes(a.name)) ? sizeOf(field, node, parent) : 1;
    // A connection's page size multiplies its rows (`edges`, `nodes`), not what it says once
    // (`totalCount`, `pageInfo`, facets): a search page with facets is not twenty facet sets.
    if (!isListType(getNullableType(field.type)) && type.name.endsWith('Connection') && isObjectType(type)) {
      let rows = 0;
      let once = 0;
      for (const sel of node.selectionSet.selections) {
        const cost = selectionCost({ kind: Kind.SELECTION_SET, selections: [sel] }, type, seen);
        if (sel.kind === Kind.FIELD && (sel.name.value === 'edges' || sel.name.value === 'nodes')) rows += cost;
        else once += cost;
      }
      return own + 2 + once + multiplier * rows;
    }
    return own + multiplier * (2 + selectionCost(node.selectionSet, type, seen));
  };

  return selectionCost(operation.selectionSet, root, new Set());
}

function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>> | undefined): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return undefined;
}
