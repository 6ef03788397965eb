/** Colours of a route map. Both themes keep text at WCAG AA contrast on their panels. */
export interface MapTheme {
  name: 'light' | 'dark';
  background: string;
  ocean: string;
  land: string;
  border: string;
  route: string;
  /** Fill of a documented stop's dot. */
  documented: string;
  /** Fill inside an inferred stop's ring (its stroke is `route`). */
  inferred: string;
  text: string;
  muted: string;
  panel: string;
  halo: string;
}

export const THEMES: Record<MapTheme['name'], MapTheme> = {
  light: {
    name: 'light',
    background: '#f7f7f4',
    ocean: '#d6e4f0',
    land: '#efeae0',
    border: '#b4ab9a',
    route: '#c0392b',
    documented: '#c0392b',
    inferred: '#ffffff',
    text: '#1c2430',
    muted: '#4d5866',
    panel: '#ffffff',
    halo: '#ffffff',
  },
  dark: {
    name: 'dark',
    background: '#0d1520',
    ocean: '#12233a',
    land: '#2a3546',
    border: '#4e5d73',
    route: '#ff8a65',
    documented: '#ff8a65',
    inferred: '#0d1520',
    text: '#eef2f7',
    muted: '#b5c0cf',
    panel: '#172233',
    halo: '#0d1520',
  },
};

export function themeNamed(name: string | undefined): MapTheme {
  return name === 'dark' ? THEMES.dark : THEMES.light;
}
