import { useDocumentTitle } from '@polisee/ui';
import { Link } from 'react-router';
import { homeStrings as t } from './strings';

export function HomePage() {
  useDocumentTitle('PoliSEE · S3 Cluster Policy Learning Platform');
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <div className="container">
          <p className="hero__eyebrow">{t.eyebrow}</p>
          <h1 id="home-title">{t.title}</h1>
          <p className="hero__lead">{t.lead}</p>
          <div className="hero__actions">
            <Link className="button button--on-dark" to="/partnership">
              {t.explorePartnership}
            </Link>
            <Link className="button button--ghost" to="/developers">
              {t.useApi}
            </Link>
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="facts-title">
        <h2 id="facts-title">{t.factsTitle}</h2>
        <dl className="facts">
          {t.facts.map((fact) => (
            <div className="facts__item" key={fact.value}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
          <div className="facts__item">
            <dt>{t.leadPartnerTitle}</dt>
            <dd className="facts__text">{t.leadPartner}</dd>
          </div>
        </dl>
        <p className="muted">
          <strong>{t.partnersTitle}:</strong> {t.partnersBody}{' '}
          <Link to="/partnership">{t.partnershipLink}</Link>
        </p>
      </section>

      <section className="container section two-columns">
        <div>
          <h2>{t.resultsTitle}</h2>
          <ul className="checklist">
            {t.results.map((result) => (
              <li key={result}>{result}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t.areasTitle}</h2>
          <p>{t.areasIntro}</p>
          <ol className="areas">
            {t.areas.map((area) => (
              <li key={area}>{area}</li>
            ))}
          </ol>
          <p className="muted">{t.horizontal}</p>
        </div>
      </section>

      <section className="container section" aria-labelledby="audiences-title">
        <h2 id="audiences-title">{t.audiencesTitle}</h2>
        <div className="cards">
          {t.audiences.map((audience) => (
            <div className="card" key={audience.title}>
              <h3>{audience.title}</h3>
              <p>{audience.body}</p>
            </div>
          ))}
        </div>
        <p>
          <Link to="/developers">{t.developersLink}</Link>
        </p>
      </section>
    </>
  );
}
