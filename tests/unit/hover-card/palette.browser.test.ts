import { afterEach, describe, expect, it } from 'vitest';
import cardCss from '../../../hover-card/card.css?inline';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A card in a shadow root styled as the card host styles it, with the page's theme. */
function cardIn(theme: 'light' | 'dark'): HTMLElement {
  const host = document.createElement('dossier-card');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${cardCss}`;
  const card = document.createElement('div');
  card.className = 'hover-card';
  card.dataset.theme = theme;
  card.innerHTML = '<p class="card-error">Failed</p><a href="#">link</a>';
  shadow.append(style, card);
  return card;
}

describe('the palette inside the card’s shadow root', () => {
  it('gives a light card the light colours and a dark card the floating dark surface', () => {
    const light = cardIn('light');
    expect(getComputedStyle(light).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(light).color).toBe('rgb(27, 31, 36)');
    expect(getComputedStyle(light.querySelector('a')!).color).toBe('rgb(11, 92, 173)');
    expect(getComputedStyle(light.querySelector('.card-error')!).color).toBe('rgb(179, 38, 30)');
    const dark = cardIn('dark');
    expect(getComputedStyle(dark).backgroundColor).toBe('rgb(31, 35, 41)');
    expect(getComputedStyle(dark).borderTopColor).toBe('rgb(61, 68, 77)');
    expect(getComputedStyle(dark).color).toBe('rgb(230, 233, 237)');
    expect(getComputedStyle(dark.querySelector('.card-error')!).color).toBe('rgb(255, 180, 171)');
  });
});
