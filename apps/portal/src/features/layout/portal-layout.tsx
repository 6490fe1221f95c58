import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { navigation } from './navigation';
import { layoutStrings as t } from './strings';

export function PortalLayout() {
  const { pathname } = useLocation();
  // A new page starts at the top, as a full page load would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="site">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            <span className="brand__text">
              <span className="brand__name">{t.productName}</span>
              <span className="brand__tagline">{t.tagline}</span>
            </span>
          </Link>
          <nav aria-label={t.mainNavigation} className="site-nav">
            <ul>
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t.footerAbout}</p>
          <p>{t.footerLeadPartner}</p>
          <p>
            <Link to="/developers">{t.footerDevelopers}</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
