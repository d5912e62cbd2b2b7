// Drives Swagger UI in headless Chromium as a user would: every operation is listed, and "Try it out" works
// with an API key entered through "Authorize". Run by deploy/openapi/swagger-ui-check, which passes the
// gateway's URL, the key and the number of operations the OpenAPI document has.
const { chromium } = require('playwright-core');
(async () => {
  const [gateway, key, expected, screenshot] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(gateway + '/q/swagger-ui/');
  await page.waitForSelector('.opblock', { timeout: 30000 });
  const operations = await page.locator('.opblock').count();
  console.log('operations listed:', operations, 'of', expected);
  if (operations !== Number(expected)) {
    throw new Error('Swagger UI lists ' + operations + ' operations; the document has ' + expected);
  }
  await page.click('button.authorize');
  const input = page.locator('.modal-ux input[type=text], .modal-ux input[type=password]').first();
  await input.fill(key);
  await page.locator('.modal-ux button.authorize').first().click();
  await page.locator('.modal-ux button.btn-done').first().click();
  const op = page.locator('#operations-Read_model-readModelStatus');
  await op.locator('.opblock-summary').click();
  await op.locator('button.try-out__btn').click();
  await op.locator('button.execute').click();
  await op.locator('.live-responses-table tbody .response-col_status').first().waitFor({ timeout: 15000 });
  const status = await op.locator('.live-responses-table tbody .response-col_status').first().innerText();
  console.log('Try it out with the API key, GET /api/v1/read-model:', status.trim());
  await page.screenshot({ path: screenshot, fullPage: false });
  if (status.trim() !== '200') {
    throw new Error('Try it out answered ' + status.trim());
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
