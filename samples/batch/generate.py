#!/usr/bin/env python3
"""Writes the sample batch: 300 employers, seeded, so the same files come out on every run.

python3 samples/batch/generate.py   (from the repository root; rewrites samples/batch/employers/)
"""
import json, os, random, shutil

random.seed(20240630)
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, 'employers')
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)

REGIONS = ['140105', '140106', '140213', '140602', '140603', '140702', '141002', '220102', '220104', '110105']
INDUSTRIES = ['0610', '0810', '2614', '3311', '4710', '4812', '5431', '6210', '7020', '3670']

def worker(i, form, post, start, trained=True):
    w = {'id': f'W{i:04d}', 'form': form, 'postId': post, 'start': start, 'role': 'other',
         'overtime': [{'month': '2024-05', 'hours': random.choice([0, 8, 20, 36, 48]), 'maxDailyHours': random.choice([1, 2, 3, 4])}]}
    w['trainings'] = [{'kind': 'safety', 'date': start, 'passed': True}] if trained else []
    return w

for n in range(1, 301):
    region, industry = random.choice(REGIONS), random.choice(INDUSTRIES)
    posts = [
        {'id': 'MAIN', 'nature': 'main', 'underground': industry.startswith('0'), 'highRisk': industry.startswith(('0', '26', '47')), 'safetyPost': False, 'dangerousList': industry.startswith(('0', '26')), 'specialOperation': '', 'occupationalHazard': industry.startswith('0')},
        {'id': 'AUX', 'nature': 'auxiliary', 'underground': False, 'highRisk': False, 'safetyPost': False, 'dangerousList': False, 'specialOperation': '', 'occupationalHazard': False},
        {'id': 'FIRE', 'nature': 'auxiliary', 'underground': False, 'highRisk': False, 'safetyPost': True, 'dangerousList': False, 'specialOperation': '', 'occupationalHazard': False},
    ]
    labour, dispatched = random.randint(10, 120), random.randint(0, 15)
    workers, i = [], 1
    for _ in range(labour):
        workers.append(worker(i, 'laborContract', random.choice(['MAIN', 'MAIN', 'AUX', 'FIRE']), '2021-03-01')); i += 1
    for _ in range(dispatched):
        workers.append(worker(i, 'dispatched', random.choice(['AUX', 'AUX', 'AUX', 'MAIN', 'FIRE']), '2023-09-01', trained=random.random() > 0.05)); i += 1
    snapshot = {'enterprise': {'id': f'B{n:04d}', 'name': f'示例企业{n:04d}', 'regionCode': region, 'industryCode': industry,
                               'inCivilAirDefenceWorks': industry == '6210' and region.startswith('22')},
                'posts': posts, 'workers': workers,
                'management': {k: random.random() > 0.1 for k in ['safetyManagementBody', 'responsibilitySystem', 'rulesAndProcedures', 'dangerousPostList', 'dispatchManagementSystem', 'emergencyPlan', 'riskGrading', 'hiddenDangerSystem', 'reportingChannel', 'whistleblowerSystem', 'reportRewardScheme', 'trainingArchive', 'occupationalHealthBody', 'hazardNotification']}}
    if random.random() < 0.2:
        del snapshot['workers']  # totals only: rules that need a roster come out indeterminate
        snapshot['headcount'] = {'laborContract': labour, 'dispatched': dispatched}
    with open(os.path.join(out, f'employer-{n:04d}.json'), 'w', encoding='utf-8') as f:
        json.dump(snapshot, f, ensure_ascii=False, indent=1)
        f.write('\n')

# Two broken exports, to show that a bad file is rejected with its position and the rest are still checked.
with open(os.path.join(out, 'employer-0301.json'), 'w', encoding='utf-8') as f:
    f.write('{ "enterprise": { "id": "B0301", "regionCode": "140105" },\n  "workers": [ { "id": "W1", "start": "2024-02-30" } ] }\n')
with open(os.path.join(out, 'employer-0302.json'), 'w', encoding='utf-8') as f:
    f.write('{ "enterprise": { "id": "B0302", "regionCode": "140105" }, "workers": [ \n')
