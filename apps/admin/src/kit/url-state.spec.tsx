import { act, render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { boolParam, enumParam, intParam, listParam, readParams, sortParam, textParam, useUrlState, writeParams } from './url-state';

const codecs = {
  q: textParam(),
  country: listParam({ pattern: /^[A-Z]{2}$/ }),
  type: enumParam(['CLUSTER_ASSOCIATION', 'INNOVATION_AGENCY'] as const),
  sort: sortParam(['NAME', 'BUDGET'] as const, { field: 'NAME', direction: 'ASC' }),
  size: intParam(20, [10, 20, 50]),
  retired: boolParam(),
};

describe('URL codecs', () => {
  it.each([
    ['', { q: '', country: [], type: '', sort: { field: 'NAME', direction: 'ASC' }, size: 20, retired: false }],
    [
      '?q=marche&country=IT,RO&type=INNOVATION_AGENCY&sort=-budget&size=50&retired=1',
      { q: 'marche', country: ['IT', 'RO'], type: 'INNOVATION_AGENCY', sort: { field: 'BUDGET', direction: 'DESC' }, size: 50, retired: true },
    ],
    // Unknown or malformed values fall back to the defaults instead of breaking the screen.
    [
      '?country=IT,italy,,RO,IT&type=NOPE&sort=-colour&size=7&retired=maybe',
      { q: '', country: ['IT', 'RO'], type: '', sort: { field: 'NAME', direction: 'ASC' }, size: 20, retired: false },
    ],
  ])('reads %s', (search, expected) => {
    expect(readParams(codecs, new URLSearchParams(search))).toEqual(expected);
  });

  it('writes only what differs from the defaults and keeps other keys', () => {
    const start = new URLSearchParams('tab=history&q=old');
    const next = writeParams(codecs, start, { q: '  ', country: ['RO'], sort: { field: 'BUDGET', direction: 'DESC' }, size: 20 });
    expect(next.toString()).toBe('tab=history&country=RO&sort=-budget');
  });

  it('round-trips every value', () => {
    const values = { q: 'x y', country: ['GR', 'SI'], type: 'CLUSTER_ASSOCIATION' as const, sort: { field: 'BUDGET' as const, direction: 'ASC' as const }, size: 10, retired: true };
    expect(readParams(codecs, writeParams(codecs, new URLSearchParams(), values))).toEqual(values);
  });
});

describe('useUrlState', () => {
  function setup(initial: string) {
    const seen: { state?: ReturnType<typeof useUrlState<typeof codecs>>; search?: string } = {};
    function Probe() {
      seen.state = useUrlState(codecs);
      seen.search = useLocation().search;
      return null;
    }
    render(
      <MemoryRouter initialEntries={[`/partners${initial}`]}>
        <Probe />
      </MemoryRouter>,
    );
    return seen;
  }

  it('reads the URL, merges a change into it and resets to a clean address', () => {
    const seen = setup('?country=RO');
    expect(seen.state?.values.country).toEqual(['RO']);
    expect(seen.state?.isDefault).toBe(false);
    act(() => seen.state?.update({ sort: { field: 'BUDGET', direction: 'DESC' } }));
    expect(seen.search).toBe('?country=RO&sort=-budget');
    expect(seen.state?.values.sort).toEqual({ field: 'BUDGET', direction: 'DESC' });
    act(() => seen.state?.reset());
    expect(seen.search).toBe('');
    expect(seen.state?.isDefault).toBe(true);
  });

  it('keeps both of two changes made before the page re-renders', () => {
    const seen = setup('?country=RO');
    // Both calls use the handler of one render, as two quick changes of two filters do.
    const update = seen.state!.update;
    act(() => {
      update({ q: 'marche' });
      update({ size: 50 });
    });
    expect(seen.search).toBe('?country=RO&q=marche&size=50');
    // After the re-render, the next change merges into what both wrote.
    act(() => seen.state!.update({ retired: true }));
    expect(seen.search).toBe('?country=RO&q=marche&size=50&retired=1');
  });
});
