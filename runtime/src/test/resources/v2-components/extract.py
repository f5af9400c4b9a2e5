"""Writes the v2 component corpus: one component of a KFP v2 golden pipeline (../shared/reference/kfp-v2/goldens),
as a single-component pipeline spec, the shape KFP 2's compiler gives a component compiled on its own.
Run from this folder: python3 extract.py /path/to/reference/kfp-v2/goldens"""
import copy
import sys
import yaml

CORPUS = [  # (golden, component key, file written)
    ('container_io.yaml', 'comp-container-io', 'container_io.yaml'),
    ('container_with_concat_placeholder.yaml', 'comp-container-with-concat-placeholder', 'concat_placeholder.yaml'),
    ('container_with_if_placeholder.yaml', 'comp-container-with-if-placeholder', 'if_placeholder.yaml'),
    ('container_with_placeholder_in_fstring.yaml', 'comp-container-with-placeholder-in-fstring', 'fstring.yaml'),
    ('pipeline_with_concat_placeholder.yaml', 'comp-component-with-concat-placeholder', 'concat_busybox.yaml'),
    ('hello_world.yaml', 'comp-echo', 'hello_world.yaml'),
    ('critical/two_step_pipeline_containerized.yaml', 'comp-component1', 'write_text.yaml'),
    ('critical/two_step_pipeline_containerized.yaml', 'comp-component2', 'cat_artifact.yaml'),
    ('critical/producer_consumer_param_pipeline.yaml', 'comp-producer', 'producer.yaml'),
    ('critical/parameters_simple.yaml', 'comp-add-container', 'jq_add.yaml'),
    ('critical/pipeline_with_env.yaml', 'comp-print-env', 'print_env.yaml'),
    ('essential/placeholder_with_if_placeholder_none_input_value.yaml', 'comp-component-with-optional-inputs',
     'optional_inputs.yaml'),
    ('critical/add_numbers.yaml', 'comp-add-numbers', 'py_add_numbers.yaml'),
    ('component_with_metadata_fields.yaml', 'comp-dataset-joiner', 'py_dataset_joiner.yaml'),
    ('critical/flip_coin.yaml', 'comp-random-num', 'py_random_num.yaml'),
    ('essential/dict_input.yaml', 'comp-dict-input', 'py_dict_input.yaml'),
    ('critical/parameters_simple.yaml', 'comp-add', 'py_sum_list.yaml'),
]


def single(golden, key):
    spec = yaml.safe_load(open(golden))
    component = spec['components'][key]
    label = component['executorLabel']
    name = key[len('comp-'):]
    inputs = component.get('inputDefinitions', {})
    outputs = component.get('outputDefinitions', {})
    task = {'cachingOptions': {'enableCache': True}, 'componentRef': {'name': key}, 'taskInfo': {'name': name}}
    task_inputs = {}
    if inputs.get('parameters'):
        task_inputs['parameters'] = {p: {'componentInputParameter': p} for p in inputs['parameters']}
    if inputs.get('artifacts'):
        task_inputs['artifacts'] = {a: {'componentInputArtifact': a} for a in inputs['artifacts']}
    if task_inputs:
        task['inputs'] = task_inputs
    dag = {'tasks': {name: task}}
    dag_outputs = {}
    if outputs.get('parameters'):
        dag_outputs['parameters'] = {p: {'valueFromParameter': {'outputParameterKey': p, 'producerSubtask': name}}
                                     for p in outputs['parameters']}
    if outputs.get('artifacts'):
        dag_outputs['artifacts'] = {a: {'artifactSelectors': [{'outputArtifactKey': a, 'producerSubtask': name}]}
                                    for a in outputs['artifacts']}
    if dag_outputs:
        dag['outputs'] = dag_outputs
    root = {'dag': dag}
    if inputs:
        root['inputDefinitions'] = copy.deepcopy(inputs)
    if outputs:
        root['outputDefinitions'] = copy.deepcopy(outputs)
    return {
        'components': {key: component},
        'deploymentSpec': {'executors': {label: spec['deploymentSpec']['executors'][label]}},
        'pipelineInfo': {'name': name},
        'root': root,
        'schemaVersion': spec['schemaVersion'],
        'sdkVersion': spec['sdkVersion'],
    }


for golden, key, out in CORPUS:
    with open(out, 'w') as f:
        f.write('# component %s of goldens/%s (KFP SDK 2.x), on its own\n' % (key, golden))
        yaml.safe_dump(single(sys.argv[1] + '/' + golden, key), f, sort_keys=True, width=120)
