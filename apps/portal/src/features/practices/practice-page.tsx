import { useQuery } from '@apollo/client/react';
import { useLingui } from '@lingui/react/macro';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Link, useParams } from 'react-router';
import { PracticePageQuery, PracticeRegionBenchmarkQuery, type ResultOf } from '@polisee/graphql';
import { commonMessages, DemoBadge, developmentAreaLabels, instrumentLabels, LoadError, Loading, performanceGroupLabels, targetGroupLabels, useFormat } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { usePageMeta } from './use-page-meta';

type Practice = NonNullable<ResultOf<typeof PracticePageQuery>['practice']>;


/** Markdown from partners, rendered without raw HTML (react-markdown escapes it; links stay http(s)). */
function Prose({ text, lang }: { text: string; lang: string }) {
  return (
    <div className="prose" lang={lang}>
      <Markdown remarkPlugins={[remarkGfm]} skipHtml>
        {text}
      </Markdown>
    </div>
  );
}

/** A section of the practice: the heading is the interface's language, the text the practice's. */
function Section({ id, title, text, lang }: { id: string; title: string; text: string; lang: string }) {
  if (!text.trim()) return null;
  return (
    <section aria-labelledby={id} className="practice__section">
      <h2 id={id}>{title}</h2>
      <Prose text={text} lang={lang} />
    </section>
  );
}

function RegionBenchmark({ region }: { region: { code: string; name: string } }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const { data, error } = useQuery(PracticeRegionBenchmarkQuery, { variables: { region: region.code } });
  const b = data?.benchmark;
  const rank = b?.composite?.rank;
  const rankedCount = b?.composite?.rankedCount;
  const year = b?.year;
  const group = b?.composite?.performanceGroup ? i18n._(performanceGroupLabels[b.composite.performanceGroup.group]) : null;
  const regionName = region.name;
  const list = (items: { indicator: { name: string } }[]) => format.list(items.map((s) => s.indicator.name));
  return (
    <section aria-labelledby="benchmark-heading" className="card practice__aside-card" data-testid="practice-benchmark">
      <h2 id="benchmark-heading">{t`The region in the benchmark`}</h2>
      {error ? <p>{t`No benchmark is available for this region yet.`}</p> : null}
      {b?.composite?.rank != null ? (
        <>
          <p>{t`Ranks ${rank} of ${rankedCount} among its reference regions (${year}).`}</p>
          {group ? <p>{t`Performance group: ${group}.`}</p> : null}
          {b.strengths.length ? (
            <p>
              <strong>{t`Strengths:`}</strong> {list(b.strengths)}
            </p>
          ) : null}
          {b.weaknesses.length ? (
            <p>
              <strong>{t`Weaknesses:`}</strong> {list(b.weaknesses)}
            </p>
          ) : null}
        </>
      ) : null}
      <p>
        <Link to={`/benchmarking/${region.code}`}>{t`Open the benchmark of ${regionName}`}</Link>
      </p>
    </section>
  );
}

function PracticeList({ id, title, items }: { id: string; title: string; items: Practice['similar'] }) {
  const { i18n } = useLingui();
  if (!items.length) return null;
  return (
    <section aria-labelledby={id} className="practice__section" data-testid={id}>
      <h2 id={id}>{title}</h2>
      <ul className="practice-cards">
        {items.map((p) => (
          <li key={p.id} className="card">
            <Link to={`/practices/${p.slug}`}>{p.title}</Link>
            <p className="practice-result__meta">{[p.countryName, p.instrument ? i18n._(instrumentLabels[p.instrument]) : null].filter(Boolean).join(' · ')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PracticeView({ p }: { p: Practice }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const practiceTitle = p.title;
  const number = (value: number) => format.number(value, { maximumFractionDigits: 3 });
  const beforeAfter = (r: Practice['results'][number]) => {
    const before = number(r.before!);
    const after = number(r.after!);
    const unit = r.unit ?? '';
    const years = r.beforeYear && r.afterYear ? `, ${r.beforeYear}–${r.afterYear}` : '';
    return ` (${t`${before} → ${after} ${unit}`}${years})`;
  };
  usePageMeta({ title: `${t`${practiceTitle} – Policy examples`} – PoliSEE`, description: p.summary.slice(0, 300), canonicalPath: `/practices/${p.slug}` });
  const moved = p.results.filter((r) => r.indicator);
  const region = p.regions[0];
  const lang = p.language;
  return (
    // The page is in the interface's language; only the practice's own words carry its `lang`.
    <article className="container section practice">
      <p>
        <Link to="/practices">← {t`All policy examples`}</Link>
      </p>
      <h1>
        <span lang={lang}>{p.title}</span> {p.isDemo ? <DemoBadge label={t`Demo data`} /> : null}
      </h1>
      {p.isDemo ? <p className="alert alert--warning">{t`Practices marked “demo data” are plausible examples written for the demonstration, not real partners’ records.`}</p> : null}
      <p className="lead" lang={lang}>
        {p.summary}
      </p>
      <div className="practice__layout">
        <div className="practice__main">
          <Section id="description-heading" title={t`What was done`} text={p.description} lang={lang} />
          <section aria-labelledby="results-heading" className="practice__section">
            <h2 id="results-heading">{t`Evidence of success`}</h2>
            <ul>
              {p.results.map((r, i) => (
                <li key={i}>
                  <span lang={lang}>{r.description}</span>
                  {r.before != null && r.after != null ? beforeAfter(r) : null}
                </li>
              ))}
            </ul>
          </section>
          <Section id="evidence-heading" title={t`How the results were measured`} text={p.evidence} lang={lang} />
          <Section id="resources-heading" title={t`Resources needed`} text={p.resourcesNeeded} lang={lang} />
          <Section id="difficulties-heading" title={t`Difficulties encountered`} text={p.difficulties} lang={lang} />
          <Section id="lessons-heading" title={t`Lessons learned`} text={p.lessonsLearned} lang={lang} />
          <Section id="transfer-heading" title={t`Potential for learning or transfer`} text={p.transferPotential} lang={lang} />
          {moved.length ? (
            <section aria-labelledby="indicators-heading" className="practice__section" data-testid="practice-indicators">
              <h2 id="indicators-heading">{t`Indicators it moved`}</h2>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t`Indicator`}</th>
                    <th scope="col">{t`Before`}</th>
                    <th scope="col">{t`After`}</th>
                  </tr>
                </thead>
                <tbody>
                  {moved.map((r, i) => (
                    <tr key={i}>
                      <th scope="row">
                        {region ? <Link to={`/benchmarking/${region.code}`}>{r.indicator!.name}</Link> : r.indicator!.name}
                      </th>
                      <td>{r.before != null ? `${number(r.before)} ${r.unit ?? r.indicator!.unit}${r.beforeYear ? ` (${r.beforeYear})` : ''}` : '–'}</td>
                      <td>{r.after != null ? `${number(r.after)} ${r.unit ?? r.indicator!.unit}${r.afterYear ? ` (${r.afterYear})` : ''}` : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {p.links.length || p.attachments.length ? (
            <section aria-labelledby="links-heading" className="practice__section">
              <h2 id="links-heading">{t`Links and documents`}</h2>
              <ul>
                {p.links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="noopener noreferrer" lang={lang}>
                      {l.label}
                    </a>
                  </li>
                ))}
                {p.attachments.map((a) => (
                  <li key={a.url}>
                    <a href={a.url} rel="noopener noreferrer" lang={lang}>
                      {a.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <PracticeList id="similar-heading" title={t`Similar practices`} items={p.similar} />
          <PracticeList id="similar-regions-heading" title={t`Practices from regions like this one`} items={p.fromSimilarRegions} />
        </div>
        <aside className="practice__aside">
          <section aria-labelledby="facts-heading" className="card practice__aside-card">
            <h2 id="facts-heading">{t`At a glance`}</h2>
            <dl className="facts facts--compact">
              <div className="facts__item">
                <dt>{t`Main institution`}</dt>
                <dd lang={lang}>{p.institution}</dd>
              </div>
              <div className="facts__item">
                <dt>{t`Where`}</dt>
                <dd>{[...p.regions.map((r) => r.name), p.countryName].join(', ')}</dd>
              </div>
              {p.startYear ? (
                <div className="facts__item">
                  <dt>{t`Period`}</dt>
                  <dd>
                    {p.startYear}–{p.endYear ?? t`ongoing`}
                  </dd>
                </div>
              ) : null}
              {p.instrument ? (
                <div className="facts__item">
                  <dt>{t`Instrument`}</dt>
                  <dd>{i18n._(instrumentLabels[p.instrument])}</dd>
                </div>
              ) : null}
              <div className="facts__item">
                <dt>{t`Development areas`}</dt>
                <dd>{format.list(p.developmentAreas.map((a) => i18n._(developmentAreaLabels[a])))}</dd>
              </div>
              <div className="facts__item">
                <dt>{t`Target groups`}</dt>
                <dd>{format.list(p.targetGroups.map((g) => i18n._(targetGroupLabels[g])))}</dd>
              </div>
              {p.budgetEur != null ? (
                <div className="facts__item">
                  <dt>{t`Budget`}</dt>
                  <dd>{format.currency(p.budgetEur)}</dd>
                </div>
              ) : null}
              {p.fundingSource ? (
                <div className="facts__item">
                  <dt>{t`Funding source`}</dt>
                  <dd lang={lang}>{p.fundingSource}</dd>
                </div>
              ) : null}
              <div className="facts__item">
                <dt>{t`Language`}</dt>
                <dd>{format.language(p.language)}</dd>
              </div>
            </dl>
          </section>
          {region ? <RegionBenchmark region={region} /> : null}
          <section aria-labelledby="partner-heading" className="card practice__aside-card">
            <h2 id="partner-heading">{t`Contributed by`}</h2>
            <p>
              {p.partner ? (
                <Link to="/partnership">
                  {p.partner.name}
                  {p.partner.acronym ? ` (${p.partner.acronym})` : ''}
                </Link>
              ) : null}
              {p.partner ? `, ${p.partner.countryName}` : null}
            </p>
            <h3>{t`Contact`}</h3>
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
              <p>{t`The contact person is shown to signed-in members of the platform.`}</p>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}

export function PracticePage() {
  const { t, i18n } = useLingui();
  const errorMessage = useErrorMessage();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PracticePageQuery, { variables: { slug } });
  if (loading && !data) return <div className="container section"><Loading label={t`Searching…`} /></div>;
  if (error && !data) return <div className="container section"><LoadError title={t`The practices could not be loaded`} message={errorMessage(error)} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} /></div>;
  if (!data?.practice) {
    return (
      <div className="container section">
        <h1>{t`Policy examples`}</h1>
        <p>{t`This practice does not exist or is not published.`}</p>
        <Link to="/practices">{t`All policy examples`}</Link>
      </div>
    );
  }
  return <PracticeView p={data.practice} />;
}
