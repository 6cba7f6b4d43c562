#!/bin/sh
# Import the Anonymous Bank call log (February 1999) into a running Paiban and forecast on it.
# Usage: docs/examples/anonymous-bank.sh [path to calls.tsv] [base URL]
# Needs curl and jq. Creates a site in Asia/Jerusalem, one client and six phone queues BANK-PS ... BANK-TT
# (one per call type), stores config/call-log-mappings/anonymous-bank.json as mapping "anonymous-bank",
# imports the log at 30 minutes, then runs two forecasts: trained on weeks 1-3 for week 4 (scored by the
# accuracy report against the imported week 4), and trained on all 4 weeks for the 4 weeks after.
set -e
LOG=${1:-../shared/data/anonymous-bank-1999-02/calls.tsv}
API=${2:-http://localhost:8080}
J='Content-Type: application/json'

SITE=$(curl -sf -H "$J" -d '{"code":"BANK-IL","name":"Anonymous Bank call center","timeZone":"Asia/Jerusalem"}' "$API/api/sites" | jq .id)
CLIENT=$(curl -sf -H "$J" -d '{"code":"ANON-BANK","name":"Anonymous Bank","platform":"OTHER"}' "$API/api/clients" | jq .id)
for TYPE in PS PE IN NE NW TT; do
  curl -sf -H "$J" -d "{\"code\":\"BANK-$TYPE\",\"name\":\"Bank calls of type $TYPE\",\"clientId\":$CLIENT,\"siteId\":$SITE,
    \"channel\":\"PHONE\",\"function\":\"ORDER\",\"defaultHandleSeconds\":180,
    \"target\":{\"kind\":\"ANSWER_WITHIN\",\"targetShare\":0.8,\"thresholdSeconds\":60,\"businessHours\":false},
    \"openingHours\":[{\"dayOfWeek\":\"MONDAY\",\"opensAt\":\"00:00\",\"closesAt\":\"00:00\"},{\"dayOfWeek\":\"TUESDAY\",\"opensAt\":\"00:00\",\"closesAt\":\"00:00\"},
      {\"dayOfWeek\":\"WEDNESDAY\",\"opensAt\":\"00:00\",\"closesAt\":\"00:00\"},{\"dayOfWeek\":\"THURSDAY\",\"opensAt\":\"00:00\",\"closesAt\":\"00:00\"},
      {\"dayOfWeek\":\"FRIDAY\",\"opensAt\":\"00:00\",\"closesAt\":\"00:00\"},{\"dayOfWeek\":\"SATURDAY\",\"opensAt\":\"00:00\",\"closesAt\":\"00:00\"},
      {\"dayOfWeek\":\"SUNDAY\",\"opensAt\":\"00:00\",\"closesAt\":\"00:00\"}]}" "$API/api/queues" > /dev/null
done

curl -sf -X PUT -H "$J" --data @config/call-log-mappings/anonymous-bank.json "$API/api/history/call-log-mappings/anonymous-bank" > /dev/null
echo "import:"
curl -s -H 'Content-Type: text/tab-separated-values' --data-binary @"$LOG" \
     "$API/api/history/calls?mapping=anonymous-bank&intervalMinutes=30" | jq -c .
echo "forecast week 4 from weeks 1-3:"
RUN=$(curl -sf -H "$J" -d "{\"siteId\":$SITE,\"horizonStart\":\"1999-02-22\",\"horizonWeeks\":1,\"label\":\"bank week 4\"}" "$API/api/forecast-runs")
echo "$RUN" | jq -c '{elapsedMs, queues: [.queues[] | {queueCode, model, backtestWape, backtestBias}]}'
echo "accuracy of week 4:"
curl -sf "$API/api/forecast-accuracy?siteId=$SITE&from=1999-02-22&to=1999-03-01" | jq -c '.[] | {queueCode, actual, forecast, wape, bias, modelWape}'
echo "forecast March from all 4 weeks:"
curl -sf -H "$J" -d "{\"siteId\":$SITE,\"label\":\"bank March\"}" "$API/api/forecast-runs" \
  | jq -c '{versionNo, horizonStart, horizonEnd, elapsedMs, queues: [.queues[] | {queueCode, model, backtestWape, backtestBias, fittedParameters}]}'
