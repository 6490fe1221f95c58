import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Trans, useLingui } from '@lingui/react/macro';
import { productName, LanguageSwitcher, useFocusOnNavigation } from '@polisee/ui';
import { navigation } from './navigation';

export function PortalLayout() {
  const { t, i18n } = useLingui();
  const { pathname } = useLocation();
  // A new page starts at the top, as a full page load would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);

  return (
    <div className="site">
      <a className="skip-link" href="#main">
        <Trans>Skip to content</Trans>
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            <span className="brand__text">
              <span className="brand__name">{productName}</span>
              <span className="brand__tagline">
                <Trans>S3 Cluster Policy Learning Platform</Trans>
              </span>
            </span>
          </Link>
          <nav aria-label={t({ message: 'Main', comment: 'Accessible name of the main navigation' })} className="site-nav">
            <ul>
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {i18n._(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher base="/" />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            <Trans>
              PoliSEE continues the S3 Cluster Policy Learning Platform of ClusterPoliSEE, a project of the South-East Europe
              Transnational Cooperation Programme (2012–2014), co-funded by the ERDF and IPA.
            </Trans>
          </p>
          <p>
            <Trans>Lead partner: Marche Region (Italy).</Trans>
          </p>
          <p>
            <Link to="/developers">
              <Trans>Open data through the GraphQL API</Trans>
            </Link>
            {' · '}
            <Link to="/glossary">
              <Trans>Glossary of terms</Trans>
            </Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
