// Stands in for the CMS's own JavaScript: a content module that arrives after the page has
// loaded (as with lazy-loaded teasers). It adds a widget type that is not yet on the page, so
// asskomm-widgets.js has to notice the new element and load the chart's code then.
function addProgressModule() {
  const container = document.getElementById('weitere-inhalte');
  const heading = document.createElement('h2');
  heading.textContent = 'Der Verlauf seit 2019';
  const chart = document.createElement('asskomm-progress-chart');
  chart.setAttribute('src', '../dist/asskomm.json');
  chart.setAttribute('metrics', 'advised,kpr,cooperation-agreements');
  chart.setAttribute('heading', 'Beratene Kommunen, Präventionsräte und Kooperationsvereinbarungen');
  chart.textContent = 'Bis April 2025: 134 Kommunen beraten, 30 Kommunale Präventionsräte, 60 Kooperationsvereinbarungen.';
  container.append(heading, chart);
  document.documentElement.dataset.cmsModules = 'loaded';
}

const later = () => setTimeout(addProgressModule, 300);
if (document.readyState === 'complete') later();
else addEventListener('load', later, { once: true });
