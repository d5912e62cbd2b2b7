// The main scenario as a TypeScript integrator runs it, with the client OpenAPI Generator (typescript-fetch) makes
// from docs/openapi.json, unmodified: the countries, a partner key, Jordan's PM2.5 uploaded as CSV, the comparison
// read as CSV, and a country profile whose PDF must hash to the SHA-256 its report lists.
//
//   node scenario.js GATEWAY_URL ADMIN_TOKEN CSV_FILE
//
// Prints what it saw as one JSON object; SuiteIT checks it against the reference data.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import {
    APIKeysApi, ComparisonsApi, Configuration, CountriesApi, ObservationsApi, ReportsApi,
} from '../target/ts-client';

async function main(): Promise<void> {
    const [basePath, adminToken, csvFile] = process.argv.slice(2);
    const csv = readFileSync(csvFile, 'utf8');
    const anyone = new Configuration({ basePath });
    const admin = new Configuration({ basePath, accessToken: adminToken });

    const countries = (await new CountriesApi(anyone).listCountries()).map(c => c.code);

    const issued = await new APIKeysApi(admin).issueApiKey({
        apiKeyRequest: { label: 'TypeScript client', country: 'JOR', agency: 'DOS', roles: new Set(['partner']) },
    });
    const partner = new Configuration({ basePath, apiKey: name => (name === 'X-API-Key' ? issued.key : '') });

    // The batch operation takes JSON, CSV or SDMX-CSV; the client types its body as the first, so a CSV file is
    // sent through the init override the generated client offers for exactly this. As a Blob: the client
    // serialises any other body as JSON, as the operation's first media type says.
    const batch = await (await new ObservationsApi(partner).submitObservationBatchRaw(
        { code: 'JOR', observationBatch: { observations: [] } },
        async ({ init }) => ({ ...init, body: new Blob([csv], { type: 'text/csv' }),
            headers: { ...init.headers, 'Content-Type': 'text/csv' } }),
    )).value();

    // The CSV form of a comparison, read from the raw answer the client returns beside the typed one.
    const comparison = await (await new ComparisonsApi(anyone).compareCountriesRaw(
        { indicator: '11.6.2', year: 2016, format: 'csv' })).raw.text();

    const reports = new ReportsApi(admin);
    let report = await reports.requestReport({ reportRequest: { type: 'COUNTRY_PROFILE', country: 'JOR',
        language: 'en' } });
    for (let waited = 0; report.status !== 'DONE'; waited += 500) {
        if (report.status === 'FAILED' || waited > 90_000) {
            throw new Error(`report ${report.id} is ${report.status}: ${report.error}`);
        }
        await new Promise(resolve => setTimeout(resolve, 500));
        report = await reports.getReport({ id: report.id });
    }
    const pdf = await reports.downloadReport({ id: report.id, format: 'pdf' });
    const bytes = Buffer.from(await pdf.arrayBuffer());

    console.log(JSON.stringify({
        countries,
        batch: { rows: batch.rows, recorded: batch.recorded, revised: batch.revised, unchanged: batch.unchanged,
            rejected: batch.rejected },
        comparisonCsv: comparison,
        pdf: { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
            listedSha256: report.artifacts.find(a => a.format === 'pdf')?.sha256 },
    }));
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
