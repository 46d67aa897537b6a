/** English messages for the "appearance" area (merged into en.ts under `appearance`). */
export const appearanceEn = {
  theme: {
    title: 'Appearance',
    legend: 'Colour theme',
    system: 'Same as my system (now {current})',
    light: 'Light',
    dark: 'Dark',
    nowLight: 'light',
    nowDark: 'dark',
    printNote: 'Printing and the graph’s image downloads always use the light colours.',
  },
  nav: {
    menu: 'Menu',
  },
}
