import { Link } from 'react-router';
import { Trans, useLingui } from '@lingui/react/macro';
import { useDocumentTitle, useFormat } from '@polisee/ui';

// Facts from the ClusterPoliSEE application (DOMAIN.md section 1).
export function HomePage() {
  const { t } = useLingui();
  const format = useFormat();
  useDocumentTitle(t`S3 Cluster Policy Learning Platform`);
  const million = (value: number) => format.currency(value * 1e6, 'EUR', { notation: 'compact', maximumFractionDigits: 2 });
  const erdf = million(3.81);
  const ipa = million(0.59);
  const facts = [
    { value: format.number(23), label: t`partners` },
    { value: format.number(11), label: t`countries: 8 EU member states and 3 IPA states` },
    { value: '2012–2014', label: t`30 months, from May 2012` },
    { value: million(5.18), label: t`budget: ERDF ${erdf}, IPA ${ipa}` },
  ];
  const results = [
    t`A model of reflective policy making: the policy-learning cycle, from analysis and benchmarking to pilot, evaluation and transfer.`,
    t`A smart benchmarking methodology for cluster policies, tested through pilot actions.`,
    t`A training package on the smart specialisation (S3) model.`,
    t`Foresight exercises on the future of clusters in the region.`,
  ];
  const areas = [
    t`Innovation and R&D orientation`,
    t`Sustainable development`,
    t`International cooperation and networking`,
    t`Financial framework for clusters`,
    t`Specialisation of clusters and regions`,
    t`New skills and jobs`,
  ];
  const audiences = [
    {
      title: t`Policy makers and visitors`,
      body: t`Find policy examples, benchmark a region against its peers, follow learning cycles and pilot actions, take the S3 training and read the foresight results.`,
    },
    { title: t`Partner staff`, body: t`Contribute practices, data and pilot reports through the admin console.` },
    { title: t`Developers`, body: t`Query the same data through the public GraphQL endpoint.` },
  ];

  const tools = [
    { to: '/practices', title: t`Policy examples`, body: t`Cluster policies that worked (and what did not), with budgets, results and lessons, searchable by area and country.` },
    { to: '/benchmarking', title: t`Smart benchmarking`, body: t`Compare a region with the regions most like it in structure: strengths, weaknesses, composite index and a rank with its uncertainty.` },
    { to: '/cycles', title: t`Learning cycles`, body: t`How regions go from analysis and benchmarking to peer learning, an action plan, pilots, evaluation and transfer.` },
    { to: '/pilots', title: t`Pilot actions`, body: t`The measures of the action plans put to the test, each KPI against its baseline and target.` },
    { to: '/training', title: t`S3 training`, body: t`Modules on the six steps of the RIS3 Guide and on cluster policy, with quizzes, certificates and the self-assessment wheel.` },
    { to: '/foresight', title: t`Foresight`, body: t`Delphi panels on the future of clusters in South-East Europe: consensus across rounds and scenarios.` },
  ];

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <div className="container">
          <p className="hero__eyebrow">
            <Trans>ClusterPoliSEE · South-East Europe Programme</Trans>
          </p>
          <h1 id="home-title">
            <Trans>Cluster policy learning for South-East Europe</Trans>
          </h1>
          <p className="hero__lead">
            <Trans>
              The S3 Cluster Policy Learning Platform is an open, interactive system for mutual learning between cluster policy
              makers: a shared database and common tools that make the South-East Europe area a laboratory for regional policy
              innovation and a competence centre for smart specialisation (S3).
            </Trans>
          </p>
          <div className="hero__actions">
            <Link className="button button--on-dark" to="/partnership">
              <Trans>Meet the partnership</Trans>
            </Link>
            <Link className="button button--ghost" to="/developers">
              <Trans>Use the open API</Trans>
            </Link>
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="tools-title">
        <h2 id="tools-title">
          <Trans>The platform’s tools</Trans>
        </h2>
        <ul className="tools" data-testid="home-tools">
          {tools.map((tool) => (
            <li key={tool.to} className="card tools__item">
              <h3>
                <Link to={tool.to}>{tool.title}</Link>
              </h3>
              <p>{tool.body}</p>
            </li>
          ))}
        </ul>
        <p className="muted">
          <Trans>
            New to the terms? The <Link to="/glossary">glossary</Link> explains them in plain words.
          </Trans>
        </p>
      </section>

      <section className="container section" aria-labelledby="facts-title">
        <h2 id="facts-title">
          <Trans>The project in figures</Trans>
        </h2>
        <dl className="facts">
          {facts.map((fact) => (
            <div className="facts__item" key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
          <div className="facts__item">
            <dt>
              <Trans>Lead partner</Trans>
            </dt>
            <dd className="facts__text">
              <Trans>Marche Region (Italy)</Trans>
            </dd>
          </div>
        </dl>
        <p className="muted">
          <Trans>
            <strong>Who took part:</strong> national and regional authorities, regional development agencies, research institutes
            and universities, innovation-promotion bodies and cluster associations.
          </Trans>{' '}
          <Link to="/partnership">
            <Trans>See all partners on the map</Trans>
          </Link>
        </p>
      </section>

      <section className="container section two-columns">
        <div>
          <h2>
            <Trans>What the project set out to deliver</Trans>
          </h2>
          <ul className="checklist">
            {results.map((result) => (
              <li key={result}>{result}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2>
            <Trans>Six development areas</Trans>
          </h2>
          <p>
            <Trans>
              Practices, indicators, pilot actions and training modules are organised by the work plan’s six areas, with
              multi-level governance as a horizontal theme.
            </Trans>
          </p>
          <ol className="areas">
            {areas.map((area) => (
              <li key={area}>{area}</li>
            ))}
          </ol>
          <p className="muted">
            <Trans>Horizontal theme: multi-level, cross-department governance</Trans>
          </p>
        </div>
      </section>

      <section className="container section" aria-labelledby="audiences-title">
        <h2 id="audiences-title">
          <Trans>Who the platform is for</Trans>
        </h2>
        <div className="cards">
          {audiences.map((audience) => (
            <div className="card" key={audience.title}>
              <h3>{audience.title}</h3>
              <p>{audience.body}</p>
            </div>
          ))}
        </div>
        <p>
          <Link to="/developers">
            <Trans>Read the API guide</Trans>
          </Link>
        </p>
      </section>
    </>
  );
}
