#!/bin/sh
# Rebuild the sample workbooks from a fresh 60-member demo (run from the repository root).
set -e
db="$(mktemp -d)/sample.sqlite"
python -m desktop --db "$db" demo --members 60 --seed 1
python -m desktop --db "$db" export docs/samples/qundesk-demo-masked.xlsx --mask-contacts
python -m desktop --db "$db" export docs/samples/qundesk-demo-partner-en.xlsx \
    --mask-contacts --partner 王建华 --lang en
