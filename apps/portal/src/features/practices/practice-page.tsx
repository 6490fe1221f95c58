import { useQuery } from '@apollo/client/react';
import { i18n } from '@lingui/core';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Link, useParams } from 'react-router';
import { PracticePageQuery, PracticeRegionBenchmarkQuery, type ResultOf } from '@polisee/graphql';
import { DemoBadge, LoadError, Loading, developmentAreaLabels, instrumentLabels, languageLabels, performanceGroupLabels, targetGroupLabels } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { practicesStrings as t } from './strings';
import { usePageMeta } from './use-page-meta';

type Practice = NonNullable<ResultOf<typeof PracticePageQuery>['practice']>;

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const euros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** Markdown from partners, rendered without raw HTML (react-markdown escapes it; links stay http(s)). */
function Prose({ text }: { text: string }) {
  return (
    <div className="prose">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml>
        {text}
      </Markdown>
    </div>
  );
}

function Section({ id, title, text }: { id: string; title: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <section aria-labelledby={id} className="practice__section">
      <h2 id={id}>{title}</h2>
      <Prose text={text} />
    </section>
  );
}

function RegionBenchmark({ region }: { region: { code: string; name: string } }) {
  const { data, error } = useQuery(PracticeRegionBenchmarkQuery, { variables: { region: region.code } });
  const b = data?.benchmark;
  return (
    <section aria-labelledby="benchmark-heading" className="card practice__aside-card" data-testid="practice-benchmark">
      <h2 id="benchmark-heading">{t.sections.benchmark}</h2>
      {error ? <p>{t.benchmarkUnavailable}</p> : null}
      {b?.composite?.rank != null ? (
        <>
          <p>{t.benchmarkSummary(b.composite.rank, b.composite.rankedCount, b.year)}</p>
          {b.composite.performanceGroup ? <p>{t.benchmarkGroup(i18n._(performanceGroupLabels[b.composite.performanceGroup.group]))}</p> : null}
          {b.strengths.length ? (
            <p>
              <strong>{t.strengths}:</strong> {b.strengths.map((s) => s.indicator.name).join(', ')}
            </p>
          ) : null}
          {b.weaknesses.length ? (
            <p>
              <strong>{t.weaknesses}:</strong> {b.weaknesses.map((s) => s.indicator.name).join(', ')}
            </p>
          ) : null}
        </>
      ) : null}
      <p>
        <Link to={`/benchmarking/${region.code}`}>{t.benchmarkLink(region.name)}</Link>
      </p>
    </section>
  );
}

function PracticeList({ id, title, items }: { id: string; title: string; items: Practice['similar'] }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby={id} className="practice__section" data-testid={id}>
      <h2 id={id}>{title}</h2>
      <ul className="practice-cards">
        {items.map((p) => (
          <li key={p.id} className="card">
            <Link to={`/practices/${p.slug}`}>{p.title}</Link>
            <p className="practice-result__meta">{[p.countryName, p.instrument ? instrumentLabels[p.instrument] : null].filter(Boolean).join(' · ')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PracticeView({ p }: { p: Practice }) {
  usePageMeta({ title: `${p.title} – Policy examples – PoliSEE`, description: p.summary.slice(0, 300), canonicalPath: `/practices/${p.slug}` });
  const moved = p.results.filter((r) => r.indicator);
  const region = p.regions[0];
  return (
    <article className="container section practice" lang={p.language}>
      <p>
        <Link to="/practices">← {t.backToList}</Link>
      </p>
      <h1>
        {p.title} {p.isDemo ? <DemoBadge label={t.demoBadge} /> : null}
      </h1>
      {p.isDemo ? <p className="alert alert--warning">{t.demoNotice}</p> : null}
      <p className="lead">{p.summary}</p>
      <div className="practice__layout">
        <div className="practice__main">
          <Section id="description-heading" title={t.sections.description} text={p.description} />
          <section aria-labelledby="results-heading" className="practice__section">
            <h2 id="results-heading">{t.sections.results}</h2>
            <ul>
              {p.results.map((r, i) => (
                <li key={i}>
                  {r.description}
                  {r.before != null && r.after != null ? ` (${t.resultBeforeAfter(number.format(r.before), number.format(r.after), r.unit ?? '')}${r.beforeYear && r.afterYear ? `, ${r.beforeYear}–${r.afterYear}` : ''})` : null}
                </li>
              ))}
            </ul>
          </section>
          <Section id="evidence-heading" title={t.sections.evidence} text={p.evidence} />
          <Section id="resources-heading" title={t.sections.resources} text={p.resourcesNeeded} />
          <Section id="difficulties-heading" title={t.sections.difficulties} text={p.difficulties} />
          <Section id="lessons-heading" title={t.sections.lessons} text={p.lessonsLearned} />
          <Section id="transfer-heading" title={t.sections.transfer} text={p.transferPotential} />
          {moved.length ? (
            <section aria-labelledby="indicators-heading" className="practice__section" data-testid="practice-indicators">
              <h2 id="indicators-heading">{t.sections.indicators}</h2>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t.indicatorColumn}</th>
                    <th scope="col">{t.beforeColumn}</th>
                    <th scope="col">{t.afterColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {moved.map((r, i) => (
                    <tr key={i}>
                      <th scope="row">
                        {region ? <Link to={`/benchmarking/${region.code}`}>{r.indicator!.name}</Link> : r.indicator!.name}
                      </th>
                      <td>{r.before != null ? `${number.format(r.before)} ${r.unit ?? r.indicator!.unit}${r.beforeYear ? ` (${r.beforeYear})` : ''}` : '–'}</td>
                      <td>{r.after != null ? `${number.format(r.after)} ${r.unit ?? r.indicator!.unit}${r.afterYear ? ` (${r.afterYear})` : ''}` : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {p.links.length || p.attachments.length ? (
            <section aria-labelledby="links-heading" className="practice__section">
              <h2 id="links-heading">{t.sections.links}</h2>
              <ul>
                {p.links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="noopener noreferrer">
                      {l.label}
                    </a>
                  </li>
                ))}
                {p.attachments.map((a) => (
                  <li key={a.url}>
                    <a href={a.url} rel="noopener noreferrer">
                      {a.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <PracticeList id="similar-heading" title={t.sections.similar} items={p.similar} />
          <PracticeList id="similar-regions-heading" title={t.sections.fromSimilarRegions} items={p.fromSimilarRegions} />
        </div>
        <aside className="practice__aside">
          <section aria-labelledby="facts-heading" className="card practice__aside-card">
            <h2 id="facts-heading">{t.sections.facts}</h2>
            <dl className="facts facts--compact">
              <div className="facts__item">
                <dt>{t.facts.institution}</dt>
                <dd>{p.institution}</dd>
              </div>
              <div className="facts__item">
                <dt>{t.facts.where}</dt>
                <dd>{[...p.regions.map((r) => r.name), p.countryName].join(', ')}</dd>
              </div>
              {p.startYear ? (
                <div className="facts__item">
                  <dt>{t.facts.period}</dt>
                  <dd>
                    {p.startYear}–{p.endYear ?? t.ongoing}
                  </dd>
                </div>
              ) : null}
              {p.instrument ? (
                <div className="facts__item">
                  <dt>{t.facts.instrument}</dt>
                  <dd>{instrumentLabels[p.instrument]}</dd>
                </div>
              ) : null}
              <div className="facts__item">
                <dt>{t.facts.areas}</dt>
                <dd>{p.developmentAreas.map((a) => i18n._(developmentAreaLabels[a])).join(', ')}</dd>
              </div>
              <div className="facts__item">
                <dt>{t.facts.targets}</dt>
                <dd>{p.targetGroups.map((g) => targetGroupLabels[g]).join(', ')}</dd>
              </div>
              {p.budgetEur != null ? (
                <div className="facts__item">
                  <dt>{t.facts.budget}</dt>
                  <dd>{euros.format(p.budgetEur)}</dd>
                </div>
              ) : null}
              {p.fundingSource ? (
                <div className="facts__item">
                  <dt>{t.facts.funding}</dt>
                  <dd>{p.fundingSource}</dd>
                </div>
              ) : null}
              <div className="facts__item">
                <dt>{t.facts.language}</dt>
                <dd>{languageLabels[p.language] ?? p.language}</dd>
              </div>
            </dl>
          </section>
          {region ? <RegionBenchmark region={region} /> : null}
          <section aria-labelledby="partner-heading" className="card practice__aside-card">
            <h2 id="partner-heading">{t.sections.partner}</h2>
            <p>
              {p.partner ? (
                <Link to="/partnership">
                  {p.partner.name}
                  {p.partner.acronym ? ` (${p.partner.acronym})` : ''}
                </Link>
              ) : null}
              {p.partner ? `, ${p.partner.countryName}` : null}
            </p>
            <h3>{t.sections.contact}</h3>
            {p.contact ? (
              <p>
                {p.contact.name}
                <br />
                <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a>
                {p.contact.phone ? (
                  <>
                    <br />
                    {p.contact.phone}
                  </>
                ) : null}
              </p>
            ) : (
              <p>{t.contactMembersOnly}</p>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}

export function PracticePage() {
  const errorMessage = useErrorMessage();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PracticePageQuery, { variables: { slug } });
  if (loading && !data) return <div className="container section"><Loading label={t.loading} /></div>;
  if (error && !data) return <div className="container section"><LoadError title={t.loadFailed} message={errorMessage(error)} retryLabel={t.retry} onRetry={() => void refetch()} /></div>;
  if (!data?.practice) {
    return (
      <div className="container section">
        <h1>{t.title}</h1>
        <p>{t.notFound}</p>
        <Link to="/practices">{t.backToList}</Link>
      </div>
    );
  }
  return <PracticeView p={data.practice} />;
}
