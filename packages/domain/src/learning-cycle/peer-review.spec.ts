import fc from 'fast-check';
import { peerCountries, peerReviewRefusals, type PeerReviewFacts } from './peer-review';

const complete: PeerReviewFacts = {
  hostCountry: 'RO',
  peers: [{ country: 'IT' }, { country: 'SI' }],
  peerAnalysis: 'The RIS3 entrepreneurial discovery is sound but the funding is fragmented.',
  recommendations: ['Pool the three voucher schemes into one call'],
};

describe('peer review guards', () => {
  it.each<[string, Partial<PeerReviewFacts>, string[]]>([
    ['a complete review', {}, []],
    ['peers from one other country', { peers: [{ country: 'IT' }, { country: 'it' }] }, ['PEERS_FROM_TWO_OTHER_COUNTRIES']],
    ['a host-country peer does not count', { peers: [{ country: 'IT' }, { country: 'RO' }] }, ['PEERS_FROM_TWO_OTHER_COUNTRIES']],
    ['no peers at all', { peers: [] }, ['PEERS_FROM_TWO_OTHER_COUNTRIES']],
    ['no analysis', { peerAnalysis: '  ' }, ['PEER_ANALYSIS_RECORDED']],
    ['no recommendation', { recommendations: [' '] }, ['RECOMMENDATIONS_GIVEN']],
    ['everything missing', { peers: [{ country: 'RO' }], peerAnalysis: null, recommendations: [] }, ['PEERS_FROM_TWO_OTHER_COUNTRIES', 'PEER_ANALYSIS_RECORDED', 'RECOMMENDATIONS_GIVEN']],
  ])('%s', (_n, change, guards) => {
    const refusals = peerReviewRefusals({ ...complete, ...change });
    expect(refusals.map((r) => r.guard)).toEqual(guards);
    for (const r of refusals) expect(r.message.length).toBeGreaterThan(0);
  });

  it('property: the country guard passes exactly when two distinct non-host countries are among the peers', () => {
    const country = fc.constantFrom('RO', 'IT', 'SI', 'HR', 'GR', 'ro');
    fc.assert(
      fc.property(fc.array(country, { maxLength: 6 }), (countries) => {
        const facts = { ...complete, peers: countries.map((c) => ({ country: c })) };
        const others = new Set(countries.map((c) => c.toUpperCase()).filter((c) => c !== 'RO'));
        expect(peerCountries(facts)).toEqual([...others].sort());
        const failed = peerReviewRefusals(facts).some((r) => r.guard === 'PEERS_FROM_TWO_OTHER_COUNTRIES');
        expect(failed).toBe(others.size < 2);
      }),
    );
  });
});
