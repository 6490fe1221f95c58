import {
  SEARCH_CONFIGS,
  decidePractice,
  isOpenRevision,
  practiceNotificationAudience,
  practiceSlug,
  searchConfigFor,
  type PracticeAction as DomainAction,
  type PracticeActor,
  type PracticeGuard,
  type PracticeStatus as DomainStatus,
  type RevisionStatus,
} from '@polisee/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AppError, badInputs, type FieldError } from '../../common/app-error';
import { checkPageSize, decodeCursor, encodeCursor } from '../../db/keyset-page';
import { forwardPage } from '../../graphql/relay';
import type { AuthUser } from '../auth/auth-user';
import { UserEntity } from '../auth/user.entity';
import type { BenchmarkService } from '../benchmark/benchmark.service';
import { outbox } from '../notification/outbox.service';
import { PartnerEntity } from '../partner/partner.entity';
import { isUuid } from '../partner/partner.service';
import { countryByCode } from '../region/country';
import { RegionEntity } from '../region/region.entity';
import { CONTENT_FIELDS, PracticeEntity, PracticeEventEntity, PracticeRevisionEntity, type PracticeContent } from './practice.entity';
import type { CreatePracticeInput, ManagedPracticeFilter, PracticeContentInput, PracticeFilter, TransitionPracticeInput, UpdatePracticeInput } from './practice.inputs';
import {
  Practice,
  PracticeSort,
  type FacetCount,
  type PracticeBulkResult,
  type PracticeConnection,
  type PracticeFacets,
  type PracticeSearchConnection,
  type PracticeStatusCount,
  PracticeStatus,
  type SnippetPart,
} from './practice.type';

export interface PracticeSearchArgs {
  query?: string | null;
  filter?: PracticeFilter | null;
  sort?: PracticeSort | null;
  first: number;
  after?: string | null;
}

type FacetName = 'countries' | 'regions' | 'developmentAreas' | 'instruments' | 'targetGroups' | 'years';

/** A page row of the search statement. */
interface SearchRow {
  id: string;
  rank: number;
  sort_text: string;
  headline: string | null;
}

/** Positional parameters for hand-written SQL. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const HIGHLIGHT_START = '[[[';
const HIGHLIGHT_STOP = ']]]';
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Markdown punctuation is noise in a snippet: link targets and markup characters go. */
const plainText = (sqlExpr: string) => `regexp_replace(regexp_replace(${sqlExpr}, '\\]\\([^)]*\\)', ']', 'g'), '[#*_>\`|\\[\\]]+', '', 'g')`;

/** Splits a ts_headline result into plain and highlighted parts. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = headline.replace(/\s+/g, ' ').trim();
  while (rest.length > 0) {
    const i = rest.indexOf(HIGHLIGHT_START);
    if (i < 0) {
      parts.push({ text: rest, highlighted: false });
      break;
    }
    if (i > 0) parts.push({ text: rest.slice(0, i), highlighted: false });
    const j = rest.indexOf(HIGHLIGHT_STOP, i);
    const end = j < 0 ? rest.length : j;
    parts.push({ text: rest.slice(i + HIGHLIGHT_START.length, end), highlighted: true });
    rest = j < 0 ? '' : rest.slice(j + HIGHLIGHT_STOP.length);
  }
  // Adjacent highlighted words stay separate parts; merge runs of equal kind.
  return parts.reduce<SnippetPart[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (last && last.highlighted === p.highlighted) last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}

const GUARD_CODE: Record<PracticeGuard, 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT'> = {
  OWN_PARTNER_ONLY: 'FORBIDDEN',
  ADMIN_ONLY: 'FORBIDDEN',
  TRANSITION_NOT_ALLOWED: 'CONFLICT',
  LOCKED_UNDER_REVIEW: 'CONFLICT',
  COMMENT_REQUIRED: 'BAD_USER_INPUT',
  INCOMPLETE: 'BAD_USER_INPUT',
};

/** A refused workflow action: the API code, plus the guard as `reason` (and `guard`). */
const refusal = (guard: PracticeGuard, message: string, missing?: readonly string[]): AppError =>
  new AppError(GUARD_CODE[guard], guard, message, {
    ...(guard === 'INCOMPLETE' && missing ? { fieldErrors: missing.map((field) => ({ field, reason: 'REQUIRED_BEFORE_SUBMITTING', message: 'Required before submitting' })) } : {}),
  });

const actorOf = (user: AuthUser): PracticeActor => ({ role: user.role, partnerId: user.partnerId });

function contentOf(e: PracticeContent): PracticeContent {
  const c = {} as Record<string, unknown>;
  for (const f of CONTENT_FIELDS) c[f] = (e as unknown as Record<string, unknown>)[f];
  return c as unknown as PracticeContent;
}

const forCheck = (c: PracticeContent) => ({ ...c, regionCount: c.regionIds.length });

export class PracticeService {
  constructor(
    private readonly ds: DataSource,
    private readonly benchmarks: BenchmarkService,
  ) {}

  // ---------------------------------------------------------------------------------------
  // Public reads: published practices only, whoever asks.

  /** The SQL condition of a text query, one branch per configuration so each uses the GIN index. */
  private textCondition(alias: string, q: string): string {
    return '(' + SEARCH_CONFIGS.map((c) => `(${alias}.search_config = '${c}' AND ${alias}.search_vector @@ websearch_to_tsquery('polisee_${c}', ${q}))`).join(' OR ') + ')';
  }

  /** The row's query, in its configuration; spelled per configuration so it is parsed once, not once per row. */
  private rowQuery(alias: string, q: string): string {
    return `CASE ${alias}.search_config ${SEARCH_CONFIGS.map((c) => `WHEN '${c}' THEN websearch_to_tsquery('polisee_${c}', ${q})`).join(' ')} ELSE websearch_to_tsquery(('polisee_' || ${alias}.search_config)::regconfig, ${q}) END`;
  }

  /** Facet filter conditions over `alias` (columns of policy_example_search), one per facet given. */
  private filterConditions(alias: string, f: PracticeFilter | null | undefined, p: Params): { facet: FacetName; sql: string }[] {
    const out: { facet: FacetName; sql: string }[] = [];
    if (!f) return out;
    if (f.countries?.length) out.push({ facet: 'countries', sql: `${alias}.country::text = ANY(${p.add(f.countries)}::text[])` });
    if (f.regions?.length) out.push({ facet: 'regions', sql: `${alias}.region_ids && ARRAY(SELECT r.id FROM region r WHERE r.code = ANY(${p.add(f.regions)}::text[]))` });
    if (f.developmentAreas?.length) out.push({ facet: 'developmentAreas', sql: `${alias}.development_areas && ${p.add(f.developmentAreas)}::varchar[]` });
    if (f.instruments?.length) out.push({ facet: 'instruments', sql: `${alias}.instrument = ANY(${p.add(f.instruments)}::text[])` });
    if (f.targetGroups?.length) out.push({ facet: 'targetGroups', sql: `${alias}.target_groups && ${p.add(f.targetGroups)}::varchar[]` });
    if (f.years?.length) out.push({ facet: 'years', sql: `${alias}.start_year = ANY(${p.add(f.years)}::int[])` });
    return out;
  }

  /**
   * The search in one statement over `policy_example_search` (the published practices' vectors,
   * facet and sort columns; see the PracticeSearchTable migration): one scan finds the text's
   * matches (`m`) with their rank and one flag per facet filter; the page is the top rows of those
   * passing every filter, and only its rows get a headline; the total counts them; each facet counts
   * the matches passing every filter but its own.
   */
  private async run(args: PracticeSearchArgs, want: { page: boolean; facets: boolean }): Promise<{ page: SearchRow[]; total: number; facets: PracticeFacets | null }> {
    const text = args.query?.trim() ? args.query.trim().slice(0, 300) : null;
    const sort = args.sort === PracticeSort.TITLE ? 'TITLE' : args.sort === PracticeSort.NEWEST || !text ? 'NEWEST' : 'RELEVANCE';
    const p = new Params();
    const q = text ? p.add(text) : null;
    const filters = this.filterConditions('s', args.filter, p);
    const flag = (i: number) => `f${i}`;
    const passing = (except?: FacetName) => {
      const c = filters.flatMap((f, i) => (f.facet === except ? [] : [`m.${flag(i)}`]));
      return c.length ? c.join(' AND ') : 'TRUE';
    };
    const rank = q ? `ts_rank(s.search_vector, ${this.rowQuery('s', q)})::float8` : '0::float8';
    const key = {
      RELEVANCE: { expr: 'rank', cast: 'double precision' as const, dir: 'DESC' },
      NEWEST: { expr: 's.newest', cast: 'timestamptz' as const, dir: 'DESC' },
      TITLE: { expr: 's.title_key', cast: 'text' as const, dir: 'ASC' },
    }[sort];
    const cols = [
      's.id',
      ...(want.page ? [`${rank} AS rank`] : []),
      ...(want.page && sort !== 'RELEVANCE' ? [`${key.expr} AS sort_key`] : []),
      ...(want.facets ? ['s.country', 's.region_ids', 's.development_areas', 's.instrument', 's.target_groups', 's.start_year'] : []),
      ...filters.map((f, i) => `${f.sql} AS ${flag(i)}`),
    ];
    const sortKey = sort === 'RELEVANCE' ? 'm.rank' : 'm.sort_key';
    let pageSql = 'NULL::json';
    if (want.page) {
      const where = [passing()];
      if (args.after) {
        const c = decodeCursor(args.after, [{ expr: key.expr, cast: key.cast }]);
        where.push(`(${sortKey}, m.id) ${key.dir === 'ASC' ? '>' : '<'} (CAST(${p.add(c.keys[0])} AS ${key.cast}), CAST(${p.add(c.id)} AS uuid))`);
      }
      const sortText = key.cast === 'timestamptz' ? `to_char(pg.sort_key AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : 'pg.sort_key::text';
      const headline = q
        ? `ts_headline(('polisee_' || p.search_config)::regconfig, ${plainText(`p.summary || ' … ' || p.description`)}, ${this.rowQuery('p', q)}, '${HEADLINE_OPTIONS}')`
        : `left(${plainText('p.summary')}, 240)`;
      pageSql = `(SELECT json_agg(json_build_object('id', pg.id, 'rank', pg.rank, 'sort_text', ${sortText}, 'headline', ${headline}) ORDER BY pg.sort_key ${key.dir}, pg.id ${key.dir})
        FROM (SELECT m.id, m.rank, ${sortKey} AS sort_key FROM m WHERE ${where.join(' AND ')} ORDER BY ${sortKey} ${key.dir}, m.id ${key.dir} LIMIT ${args.first + 1}) pg
        JOIN policy_example p ON p.id = pg.id)`;
    }
    // Set-returning unnest in the select list (ProjectSet), not a lateral function scan per row.
    const facetsSql = want.facets
      ? `(SELECT json_agg(json_build_array(x.facet, x.value, x.label, x.n)) FROM (
          SELECT 'countries' AS facet, m.country::text AS value, NULL AS label, count(*)::int AS n FROM m WHERE ${passing('countries')} GROUP BY m.country
          UNION ALL
          SELECT 'regions', r.code, r.name, c.n FROM (SELECT u.rid, count(*)::int AS n FROM (SELECT unnest(m.region_ids) AS rid FROM m WHERE ${passing('regions')}) u GROUP BY u.rid) c JOIN region r ON r.id = c.rid
          UNION ALL
          SELECT 'developmentAreas', u.a, NULL, count(*)::int FROM (SELECT unnest(m.development_areas) AS a FROM m WHERE ${passing('developmentAreas')}) u GROUP BY u.a
          UNION ALL
          SELECT 'instruments', m.instrument, NULL, count(*)::int FROM m WHERE ${passing('instruments')} AND m.instrument IS NOT NULL GROUP BY m.instrument
          UNION ALL
          SELECT 'targetGroups', u.g, NULL, count(*)::int FROM (SELECT unnest(m.target_groups) AS g FROM m WHERE ${passing('targetGroups')}) u GROUP BY u.g
          UNION ALL
          SELECT 'years', m.start_year::text, NULL, count(*)::int FROM m WHERE ${passing('years')} AND m.start_year IS NOT NULL GROUP BY m.start_year
        ) x)`
      : 'NULL::json';
    const sql = `
      WITH m AS MATERIALIZED (
        SELECT ${cols.join(', ')} FROM policy_example_search s${q ? ` WHERE ${this.textCondition('s', q)}` : ''}
      )
      SELECT ${pageSql} AS page, ${want.page ? `(SELECT count(*)::int FROM m WHERE ${passing()})` : '0'} AS total, ${facetsSql} AS facets`;
    const [row] = (await this.ds.query(sql, p.values)) as { page: SearchRow[] | null; total: number; facets: [FacetName, string, string | null, number][] | null }[];
    let facets: PracticeFacets | null = null;
    if (want.facets) {
      facets = { countries: [], regions: [], developmentAreas: [], instruments: [], targetGroups: [], years: [] };
      for (const [facet, value, label, n] of row?.facets ?? []) {
        facets[facet].push({ value, label: label ?? (facet === 'countries' ? (countryByCode(value)?.name ?? value) : value), count: Number(n) });
      }
      const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.label.localeCompare(b.label);
      for (const k of Object.keys(facets) as FacetName[]) facets[k].sort(k === 'years' ? (a, b) => Number(b.value) - Number(a.value) : byCount);
    }
    return { page: row?.page ?? [], total: Number(row?.total ?? 0), facets };
  }

  /** One page of published practices; with `withFacets`, the facet counts come from the same statement. */
  async search(args: PracticeSearchArgs, withFacets = false): Promise<PracticeSearchConnection> {
    checkPageSize(args.first);
    const text = args.query?.trim() ? args.query.trim().slice(0, 300) : null;
    const { page: rows, total, facets } = await this.run(args, { page: true, facets: withFacets });
    const entities = rows.length ? await this.ds.getRepository(PracticeEntity).findBy({ id: In(rows.map((r) => r.id)) }) : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const conn = forwardPage(rows, args, total, (r) => ({
      cursor: encodeCursor({ keys: [r.sort_text], id: r.id }),
      node: Practice.from(byId.get(r.id)!),
    }));
    return {
      ...conn,
      edges: conn.edges.map((e, i) => ({ ...e, rank: Number(rows[i]!.rank), snippet: snippetParts(rows[i]!.headline ?? '') })),
      searchArgs: { query: text, filter: args.filter ?? null, facets },
    };
  }

  /** Facet counts, computed by the database; each facet respects the query and the other filters. */
  async facets(args: { query?: string | null; filter?: PracticeFilter | null }): Promise<PracticeFacets> {
    return (await this.run({ ...args, first: 0 }, { page: false, facets: true })).facets!;
  }

  /**
   * One practice by id or slug: published ones for everyone; any other status only for admins
   * and the editors of its partner (null otherwise, as if it did not exist).
   */
  async findVisible(user: AuthUser | null, by: { id?: string | null; slug?: string | null }): Promise<Practice | null> {
    const repo = this.ds.getRepository(PracticeEntity);
    const e = by.id ? (isUuid(by.id) ? await repo.findOneBy({ id: by.id }) : null) : by.slug ? await repo.findOneBy({ slug: by.slug }) : null;
    if (!e || !this.canSee(user, e)) return null;
    return Practice.from(e);
  }

  canSee(user: AuthUser | null, e: { status: string; partnerId: string }): boolean {
    if (e.status === 'PUBLISHED') return true;
    return this.canManage(user, e);
  }

  /** Admins and the practice's own partner editors may see its workflow (history, revision). */
  canManage(user: AuthUser | null, e: { partnerId: string }): boolean {
    return Boolean(user && (user.role === 'ADMIN' || (user.partnerId !== null && user.partnerId === e.partnerId)));
  }

  /** Published practices sharing facets with this one, then by title trigram similarity. */
  async similar(practiceId: string, n: number): Promise<Practice[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT o.id FROM policy_example o, policy_example s
       WHERE s.id = $1 AND o.id <> s.id AND o.status = 'PUBLISHED'
       ORDER BY (
         2 * cardinality(ARRAY(SELECT unnest(o.development_areas) INTERSECT SELECT unnest(s.development_areas)))
         + CASE WHEN o.instrument = s.instrument THEN 2 ELSE 0 END
         + cardinality(ARRAY(SELECT unnest(o.target_groups) INTERSECT SELECT unnest(s.target_groups)))
         + CASE WHEN o.country = s.country THEN 0.5 ELSE 0 END
         + 4 * public.similarity(o.title, s.title)
         + 2 * public.similarity(left(o.summary, 300), left(s.summary, 300))
       ) DESC, o.published_at DESC, o.id
       LIMIT $2`,
      [practiceId, n],
    );
    return this.byIds(rows.map((r) => r.id));
  }

  /** Published practices from the reference regions of this practice's first region (benchmark). */
  async fromSimilarRegions(regionIds: string[], excludeId: string, n: number): Promise<{ practices: Practice[]; regionCodes: string[] }> {
    if (!regionIds.length) return { practices: [], regionCodes: [] };
    const region = await this.ds.getRepository(RegionEntity).findOneBy({ id: regionIds[0] });
    if (!region) return { practices: [], regionCodes: [] };
    let refs: string[];
    try {
      refs = (await this.benchmarks.referenceRegions(region.code, 10, false)).map((r) => r.region.code);
    } catch (err) {
      // No indicator data yet (an empty platform): there are no reference regions to use.
      if (err instanceof AppError && err.code === 'NOT_FOUND') return { practices: [], regionCodes: [] };
      throw err;
    }
    const rows: { id: string }[] = await this.ds.query(
      `SELECT p.id FROM policy_example p
       JOIN LATERAL (SELECT min(array_position($1::text[], r.code::text)) AS pos FROM region r WHERE r.id = ANY(p.region_ids)) x ON x.pos IS NOT NULL
       WHERE p.status = 'PUBLISHED' AND p.id <> $2
       ORDER BY x.pos, p.published_at DESC, p.id LIMIT $3`,
      [refs, excludeId, n],
    );
    return { practices: await this.byIds(rows.map((r) => r.id)), regionCodes: refs };
  }

  private async byIds(ids: string[]): Promise<Practice[]> {
    if (!ids.length) return [];
    const es = await this.ds.getRepository(PracticeEntity).findBy({ id: In(ids) });
    const by = new Map(es.map((e) => [e.id, e]));
    return ids.map((id) => by.get(id)).filter((e): e is PracticeEntity => Boolean(e)).map(Practice.from);
  }

  /** Slugs and last change of every published practice (sitemap). */
  async publishedSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
    const rows: { slug: string; updated_at: Date }[] = await this.ds.query(`SELECT slug, updated_at FROM policy_example WHERE status = 'PUBLISHED' ORDER BY published_at, id`);
    return rows.map((r) => ({ slug: r.slug, updatedAt: new Date(r.updated_at) }));
  }

  // ---------------------------------------------------------------------------------------
  // The console: admins see every practice, partner editors their partner's.

  private scope(user: AuthUser, p: Params): string {
    if (user.role === 'ADMIN') return 'TRUE';
    if (!user.partnerId) return 'FALSE';
    return `p.partner_id = ${p.add(user.partnerId)}::uuid`;
  }

  async listManaged(user: AuthUser, args: { filter?: ManagedPracticeFilter | null; first: number; after?: string | null }): Promise<PracticeConnection> {
    checkPageSize(args.first);
    const p = new Params();
    const where = [this.scope(user, p)];
    const f = args.filter;
    if (f?.statuses?.length) where.push(`coalesce(r.status, p.status) = ANY(${p.add(f.statuses)}::text[])`);
    if (f?.partnerId) where.push(isUuid(f.partnerId) ? `p.partner_id = ${p.add(f.partnerId)}::uuid` : 'FALSE');
    if (f?.search?.trim()) where.push(`p.title ILIKE ${p.add(`%${f.search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`)}`);
    const base = `FROM policy_example p LEFT JOIN policy_example_revision r ON r.practice_id = p.id AND r.status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED') WHERE ${where.join(' AND ')}`;
    const countParams = [...p.values];
    let cursor = '';
    if (args.after) {
      const c = decodeCursor(args.after, [{ expr: 'updated', cast: 'timestamptz' }]);
      cursor = `AND (greatest(p.updated_at, coalesce(r.updated_at, p.updated_at)), p.id) < (CAST(${p.add(c.keys[0])} AS timestamptz), CAST(${p.add(c.id)} AS uuid))`;
    }
    const [rows, counted] = await Promise.all([
      this.ds.query(
        `SELECT p.id, to_char(greatest(p.updated_at, coalesce(r.updated_at, p.updated_at)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_text ${base} ${cursor}
         ORDER BY greatest(p.updated_at, coalesce(r.updated_at, p.updated_at)) DESC, p.id DESC LIMIT ${args.first + 1}`,
        p.values,
      ) as Promise<{ id: string; sort_text: string }[]>,
      this.ds.query(`SELECT count(*)::int AS n ${base}`, countParams) as Promise<{ n: number }[]>,
    ]);
    const practices = await this.byIds(rows.map((r) => r.id));
    const by = new Map(practices.map((x) => [x.id, x]));
    return forwardPage(rows, args, Number(counted[0]?.n ?? 0), (r) => ({ cursor: encodeCursor({ keys: [r.sort_text], id: r.id }), node: by.get(r.id)! }));
  }

  /** Counts by workflow status (a published practice's open revision counts under its own status). */
  async statusCounts(user: AuthUser): Promise<PracticeStatusCount[]> {
    const p = new Params();
    const rows: { status: string; n: number; revisions: number }[] = await this.ds.query(
      `SELECT coalesce(r.status, p.status) AS status, count(*)::int AS n, count(r.id)::int AS revisions
       FROM policy_example p LEFT JOIN policy_example_revision r ON r.practice_id = p.id AND r.status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED')
       WHERE ${this.scope(user, p)} GROUP BY 1`,
      p.values,
    );
    const by = new Map(rows.map((r) => [r.status, r]));
    return Object.values(PracticeStatus).map((status) => ({ status, count: Number(by.get(status)?.n ?? 0), revisions: Number(by.get(status)?.revisions ?? 0) }));
  }

  async history(practiceId: string): Promise<PracticeEventEntity[]> {
    return this.ds.getRepository(PracticeEventEntity).find({ where: { practiceId }, order: { at: 'ASC', id: 'ASC' } });
  }

  async openRevision(practiceId: string): Promise<PracticeRevisionEntity | null> {
    return this.ds.getRepository(PracticeRevisionEntity).findOne({ where: { practiceId, status: In(['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED']) } });
  }

  // ---------------------------------------------------------------------------------------
  // Writes. Each is one transaction: the change, its history line and its notifications.

  async create(user: AuthUser, input: CreatePracticeInput): Promise<Practice> {
    return this.ds.transaction(async (em) => {
      let partnerId: string;
      if (user.role === 'ADMIN') {
        if (!input.partnerId || !isUuid(input.partnerId)) throw badInputs([{ field: 'partnerId', reason: 'PARTNER_REQUIRED', message: 'Choose the contributing partner' }]);
        partnerId = input.partnerId;
      } else {
        if (!user.partnerId) throw new AppError('FORBIDDEN', 'OWN_PARTNER_ONLY', 'Your account belongs to no partner');
        if (input.partnerId && input.partnerId !== user.partnerId) throw refusal('OWN_PARTNER_ONLY', "Partner editors can only write their own partner's practices");
        partnerId = user.partnerId;
      }
      return this.createDraftIn(em, user, partnerId, input);
    });
  }

  /**
   * Creates a DRAFT for the partner inside the caller's transaction (the learning cycle's TRANSFER
   * drafts one from its evaluation). The caller has checked that the user may write for the partner.
   * `isDemo` flags a draft made from demonstration content (a demo cycle's evaluation).
   */
  async createDraftIn(em: EntityManager, user: AuthUser, partnerId: string, input: PracticeContentInput & { title: string }, opts: { isDemo?: boolean } = {}): Promise<Practice> {
    const partner = await em.getRepository(PartnerEntity).findOneBy({ id: partnerId });
    if (!partner) throw badInputs([{ field: 'partnerId', reason: 'UNKNOWN_PARTNER', message: 'Unknown partner' }]);
    const empty: PracticeContent = {
      title: '',
      summary: '',
      description: '',
      resourcesNeeded: '',
      startYear: null,
      endYear: null,
      evidence: '',
      results: [],
      difficulties: '',
      transferPotential: '',
      lessonsLearned: '',
      institution: partner.name,
      country: partner.country,
      regionIds: partner.regionId ? [partner.regionId] : [],
      developmentAreas: [],
      instrument: null,
      targetGroups: [],
      budgetEur: null,
      fundingSource: '',
      links: [],
      attachments: [],
      contactName: '',
      contactEmail: '',
      contactPhone: '',
      language: 'en',
    };
    const content = await this.merge(em, empty, input);
    const slug = await this.freeSlug(em, practiceSlug(content.title));
    const saved = await em.getRepository(PracticeEntity).save(
      em.create(PracticeEntity, { ...content, slug, status: 'DRAFT', partnerId, createdById: user.id, searchConfig: searchConfigFor(content.language), isDemo: opts.isDemo ?? false }),
    );
    await this.record(em, { practiceId: saved.id, action: 'CREATE', fromStatus: null, toStatus: 'DRAFT', actorId: user.id, changedFields: [] });
    return Practice.from(saved);
  }

  async update(user: AuthUser, input: UpdatePracticeInput): Promise<Practice> {
    return this.ds.transaction(async (em) => {
      const { practice, revision } = await this.lock(em, input.id);
      const d = decidePractice({ status: practice.status, partnerId: practice.partnerId, revisionStatus: revision?.status }, 'EDIT', actorOf(user));
      if (!d.ok) throw refusal(d.guard, d.message);
      const current = revision && d.target === 'REVISION' ? revision.content : contentOf(practice);
      const next = await this.merge(em, current, input);
      const changed = CONTENT_FIELDS.filter((f) => JSON.stringify(next[f]) !== JSON.stringify(current[f]));
      if (changed.length === 0) return Practice.from(practice);
      let revisionId: string | null = null;
      if (d.target === 'PRACTICE') {
        Object.assign(practice, next, { searchConfig: searchConfigFor(next.language) });
        await em.getRepository(PracticeEntity).save(practice);
      } else if (d.target === 'REVISION') {
        revision!.content = next;
        await em.getRepository(PracticeRevisionEntity).save(revision!);
        revisionId = revision!.id;
      } else {
        const created = await em.getRepository(PracticeRevisionEntity).save(em.create(PracticeRevisionEntity, { practiceId: practice.id, status: 'DRAFT', content: next, authorId: user.id }));
        revisionId = created.id;
      }
      await this.record(em, { practiceId: practice.id, revisionId, action: 'EDIT', fromStatus: d.from, toStatus: d.to, actorId: user.id, changedFields: changed });
      return Practice.from(practice);
    });
  }

  async transition(user: AuthUser, input: TransitionPracticeInput): Promise<Practice> {
    if (input.action === 'EDIT') throw badInputs([{ field: 'action', reason: 'USE_UPDATE_PRACTICE', message: 'Use updatePractice to edit' }]);
    return this.ds.transaction((em) => this.applyTransition(em, user, input.id, input.action as DomainAction, input.comment ?? null));
  }

  /** Publishes each submitted practice (or revision) in its own transaction; reports each one. */
  async bulkPublish(user: AuthUser, ids: string[], comment: string | null): Promise<PracticeBulkResult[]> {
    if (ids.length > 100) throw badInputs([{ field: 'ids', reason: 'TOO_MANY_ITEMS', message: 'At most 100 practices at once' }]);
    const out: PracticeBulkResult[] = [];
    for (const id of [...new Set(ids)]) {
      try {
        await this.ds.transaction((em) => this.applyTransition(em, user, id, 'PUBLISH', comment));
        out.push({ id, ok: true, code: null, message: null });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        out.push({ id, ok: false, code: err.reason, message: err.message });
      }
    }
    return out;
  }

  private async applyTransition(em: EntityManager, user: AuthUser, id: string, action: DomainAction, comment: string | null): Promise<Practice> {
    const { practice, revision } = await this.lock(em, id);
    const content = revision ? revision.content : contentOf(practice);
    const d = decidePractice({ status: practice.status, partnerId: practice.partnerId, revisionStatus: revision?.status, content: forCheck(content) }, action, actorOf(user), { comment });
    if (!d.ok) throw refusal(d.guard, d.message, d.missing);
    const now = new Date();
    const trimmed = comment?.trim() || null;
    if (d.target === 'REVISION' && revision) {
      revision.status = d.to as RevisionStatus;
      await em.getRepository(PracticeRevisionEntity).save(revision);
      if (d.to === 'PUBLISHED') {
        Object.assign(practice, revision.content, { searchConfig: searchConfigFor(revision.content.language) });
        await em.getRepository(PracticeEntity).save(practice);
      }
    } else {
      practice.status = d.to as DomainStatus;
      if (d.to === 'SUBMITTED') practice.submittedAt = now;
      if (d.to === 'PUBLISHED' && !practice.publishedAt) practice.publishedAt = now;
      await em.getRepository(PracticeEntity).save(practice);
    }
    const onRevision = d.target === 'REVISION';
    await this.record(em, { practiceId: practice.id, revisionId: onRevision ? revision!.id : null, action, fromStatus: d.from, toStatus: d.to, actorId: user.id, changedFields: [], comment: trimmed });
    await this.notify(em, action, practice, onRevision ? revision : null, trimmed);
    return Practice.from(practice);
  }

  private async notify(em: EntityManager, action: DomainAction, practice: PracticeEntity, revision: PracticeRevisionEntity | null, comment: string | null) {
    const audience = practiceNotificationAudience(action);
    const title = revision?.content.title ?? practice.title;
    if (audience === 'ADMINS') {
      const admins = await em.getRepository(UserEntity).find({ where: { role: 'ADMIN', active: true }, select: { email: true } });
      const partner = await em.getRepository(PartnerEntity).findOneBy({ id: practice.partnerId });
      await outbox.enqueue(em, {
        to: admins.map((a) => a.email),
        template: 'practice-submitted',
        params: { title, partner: partner?.name ?? 'A partner', practiceId: practice.id, revision: Boolean(revision) },
      });
    } else if (audience === 'AUTHOR') {
      const authorId = revision?.authorId ?? practice.createdById;
      const author = authorId ? await em.getRepository(UserEntity).findOneBy({ id: authorId }) : null;
      if (!author?.active) return;
      await outbox.enqueue(em, {
        to: author.email,
        template: 'practice-decision',
        params: { title, action: action as 'REQUEST_CHANGES' | 'PUBLISH' | 'REJECT', comment, practiceId: practice.id, slug: practice.slug, revision: Boolean(revision) },
      });
    }
  }

  private async lock(em: EntityManager, id: string): Promise<{ practice: PracticeEntity; revision: PracticeRevisionEntity | null }> {
    const practice = isUuid(id) ? await em.getRepository(PracticeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!practice) throw new AppError('NOT_FOUND', 'NOT_FOUND', 'Practice not found');
    const revision = practice.status === 'PUBLISHED' ? await em.getRepository(PracticeRevisionEntity).findOne({ where: { practiceId: id, status: In(['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED']) } }) : null;
    return { practice, revision: revision && isOpenRevision(revision.status) ? revision : null };
  }

  private async record(
    em: EntityManager,
    e: { practiceId: string; revisionId?: string | null; action: string; fromStatus: string | null; toStatus: string | null; actorId: string; changedFields: string[]; comment?: string | null },
  ) {
    await em.getRepository(PracticeEventEntity).insert({ revisionId: null, comment: null, ...e, at: new Date() });
  }

  private async freeSlug(em: EntityManager, base: string): Promise<string> {
    const taken = new Set(
      ((await em.query(`SELECT slug FROM policy_example WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`])) as { slug: string }[]).map((r) => r.slug),
    );
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  /** Applies the given input fields onto content, checking the rules decorators cannot see. */
  private async merge(em: EntityManager, current: PracticeContent, input: PracticeContentInput & { title?: string }): Promise<PracticeContent> {
    const errors: FieldError[] = [];
    const next: PracticeContent = { ...current };
    const str = (v: string | undefined) => (v === undefined ? undefined : v.trim());
    const assign = <K extends keyof PracticeContent>(k: K, v: PracticeContent[K] | undefined) => {
      if (v !== undefined) next[k] = v;
    };
    assign('title', str(input.title));
    assign('summary', str(input.summary));
    assign('description', input.description);
    assign('resourcesNeeded', str(input.resourcesNeeded));
    assign('startYear', input.startYear);
    assign('endYear', input.endYear);
    assign('evidence', str(input.evidence));
    assign('difficulties', str(input.difficulties));
    assign('transferPotential', str(input.transferPotential));
    assign('lessonsLearned', str(input.lessonsLearned));
    assign('institution', str(input.institution));
    assign('country', input.country);
    assign('developmentAreas', input.developmentAreas ? [...new Set(input.developmentAreas)] : undefined);
    assign('instrument', input.instrument);
    assign('targetGroups', input.targetGroups ? [...new Set(input.targetGroups)] : undefined);
    assign('budgetEur', input.budgetEur);
    assign('fundingSource', str(input.fundingSource));
    assign('contactName', str(input.contactName));
    assign('contactEmail', input.contactEmail === undefined ? undefined : input.contactEmail.trim().toLowerCase());
    assign('contactPhone', str(input.contactPhone));
    assign('language', input.language);
    if (input.results) next.results = input.results.map((r) => ({ description: r.description.trim(), indicatorId: r.indicatorId ?? null, unit: r.unit ?? null, before: r.before ?? null, after: r.after ?? null, beforeYear: r.beforeYear ?? null, afterYear: r.afterYear ?? null }));
    if (input.links) next.links = input.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() }));
    if (input.attachments) next.attachments = input.attachments.map((a) => ({ name: a.name.trim(), url: a.url.trim(), mimeType: a.mimeType ?? null, sizeBytes: a.sizeBytes ?? null }));
    if (!countryByCode(next.country)) errors.push({ field: 'country', reason: 'UNKNOWN_COUNTRY', message: 'Not a country of the programme area' });
    if (input.regionCodes) {
      const codes = [...new Set(input.regionCodes)];
      const regions = codes.length ? await em.getRepository(RegionEntity).findBy({ code: In(codes) }) : [];
      const by = new Map(regions.map((r) => [r.code, r]));
      for (const c of codes) {
        const r = by.get(c);
        if (!r) errors.push({ field: 'regionCodes', reason: 'UNKNOWN_REGION', message: `Unknown region ${c}` });
        else if (r.country !== next.country) errors.push({ field: 'regionCodes', reason: 'REGION_NOT_IN_COUNTRY', message: `${r.name} is not in ${next.country}` });
      }
      next.regionIds = codes.map((c) => by.get(c)?.id).filter((x): x is string => Boolean(x));
    } else if (input.country && input.country !== current.country && current.regionIds.length) {
      errors.push({ field: 'regionCodes', reason: 'REGION_NOT_IN_COUNTRY', message: 'Choose regions in the new country' });
    }
    if (next.startYear != null && next.endYear != null && next.endYear < next.startYear) errors.push({ field: 'endYear', reason: 'ENDS_BEFORE_START', message: 'Ends before it starts' });
    const indicatorIds = next.results.map((r) => r.indicatorId).filter((x): x is string => Boolean(x));
    if (indicatorIds.some((i) => !isUuid(i))) errors.push({ field: 'results', reason: 'UNKNOWN_INDICATOR', message: 'Unknown indicator' });
    else if (indicatorIds.length) {
      const found = (await em.query(`SELECT count(*)::int AS n FROM indicator WHERE id = ANY($1::uuid[])`, [[...new Set(indicatorIds)]])) as { n: number }[];
      if (Number(found[0]?.n ?? 0) !== new Set(indicatorIds).size) errors.push({ field: 'results', reason: 'UNKNOWN_INDICATOR', message: 'Unknown indicator' });
    }
    if (errors.length) throw badInputs(errors);
    return next;
  }
}
