import { searchConfigFor, practiceSlug } from '@polisee/domain';
import type { EntityManager } from 'typeorm';
import { IndicatorEntity } from '../../modules/indicator/indicator.entity';
import { PartnerEntity } from '../../modules/partner/partner.entity';
import { PracticeEntity, PracticeEventEntity, type InstrumentValue, type TargetGroupValue } from '../../modules/practice/practice.entity';
import { RegionEntity } from '../../modules/region/region.entity';
import { PRACTICE_SEEDS, type PracticeSeed } from './practices.seed';

const DAY = 24 * 3600 * 1000;

/** Maps one seed to a row; `lookup` resolves partner acronyms, region and indicator codes. */
export function practiceRow(
  p: PracticeSeed,
  i: number,
  lookup: { partner: Map<string, PartnerEntity>; region: Map<string, string>; indicator: Map<string, string> },
  slug: string,
): Partial<PracticeEntity> {
  const partner = lookup.partner.get(p.partner);
  if (!partner) throw new Error(`practice seed: unknown partner ${p.partner}`);
  const status = p.status ?? 'PUBLISHED';
  const published = status === 'PUBLISHED' ? new Date(Date.UTC(2023, 0, 9) + i * 11 * DAY) : null;
  return {
    slug,
    status,
    title: p.title,
    summary: p.summary,
    description: p.description,
    resourcesNeeded: p.resources ?? '',
    startYear: p.years[0],
    endYear: p.years[1],
    evidence: p.evidence ?? '',
    results: p.results.map((r) => ({
      description: r.description,
      indicatorId: r.indicator ? (lookup.indicator.get(r.indicator) ?? null) : null,
      unit: r.unit ?? null,
      before: r.before ?? null,
      after: r.after ?? null,
      beforeYear: r.beforeYear ?? null,
      afterYear: r.afterYear ?? null,
    })),
    difficulties: p.difficulties,
    transferPotential: p.transfer,
    lessonsLearned: p.lessons,
    institution: partner.name,
    country: regionCountry(p.regions[0]!),
    regionIds: p.regions.map((c) => {
      const id = lookup.region.get(c);
      if (!id) throw new Error(`practice seed: unknown region ${c}`);
      return id;
    }),
    developmentAreas: p.areas,
    instrument: p.instrument as InstrumentValue,
    targetGroups: p.targets as TargetGroupValue[],
    budgetEur: p.budget,
    fundingSource: p.funding,
    links: [],
    attachments: [],
    contactName: 'Cluster policy desk',
    contactEmail: partner.contactEmail ?? `practices@${(partner.acronym ?? 'partner').toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
    contactPhone: '',
    language: p.language,
    searchConfig: searchConfigFor(p.language),
    partnerId: partner.id,
    createdById: null,
    isDemo: true,
    submittedAt: status === 'DRAFT' ? null : (published ?? new Date(Date.UTC(2025, 10, 3))),
    publishedAt: published,
  };
}

/** ISO country of a NUTS code (EL is Greece, GR). */
const regionCountry = (code: string) => (code.startsWith('EL') ? 'GR' : code.slice(0, 2));

/** The demo practices, when there are none yet. */
export async function seedPractices(em: EntityManager): Promise<number> {
  if ((await em.getRepository(PracticeEntity).count()) > 0) return 0;
  const partners = await em.getRepository(PartnerEntity).find();
  const lookup = {
    partner: new Map(partners.filter((p) => p.acronym).map((p) => [p.acronym!, p])),
    region: new Map((await em.getRepository(RegionEntity).find({ select: { id: true, code: true } })).map((r) => [r.code, r.id])),
    indicator: new Map((await em.getRepository(IndicatorEntity).find({ select: { id: true, code: true } })).map((r) => [r.code, r.id])),
  };
  if (lookup.partner.size === 0) return 0;
  const rows = PRACTICE_SEEDS.map((p, i) => practiceRow(p, i, lookup, practiceSlug(p.title)));
  const inserted = await em.getRepository(PracticeEntity).insert(rows);
  const events = rows.flatMap((r, i) => {
    const id = inserted.identifiers[i]!.id as string;
    const at = r.publishedAt ?? new Date(Date.UTC(2025, 10, 1));
    const base = { practiceId: id, revisionId: null, actorId: null, changedFields: [], comment: null };
    const list: Partial<PracticeEventEntity>[] = [{ ...base, action: 'CREATE', fromStatus: null, toStatus: 'DRAFT', at: new Date(at.getTime() - 20 * DAY) }];
    if (r.status !== 'DRAFT') list.push({ ...base, action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', at: new Date(at.getTime() - 10 * DAY) });
    if (r.status === 'PUBLISHED') list.push({ ...base, action: 'PUBLISH', fromStatus: 'SUBMITTED', toStatus: 'PUBLISHED', at });
    return list;
  });
  await em.getRepository(PracticeEventEntity).insert(events);
  return rows.length;
}
