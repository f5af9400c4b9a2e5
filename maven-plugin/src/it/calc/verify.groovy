// kfp4j:compile wrote a schema-valid workflow for the addition pipeline; kfp4j:run ran it with a=7, b=8 in
// process, then with a=1, b=2 as subprocesses; then kfp4j:compile -Dkfp4j.target=v2 wrote the pipeline spec.
import io.kfp4j.sdk.argo.WorkflowSchema
import org.yaml.snakeyaml.Yaml

File workflowFile = new File(basedir, 'target/kfp4j/pipelines/addition-pipeline.yaml')
assert workflowFile.isFile() : "kfp4j:compile wrote no ${workflowFile}"

Map workflow = new Yaml().load(workflowFile.text)
assert workflow.kind == 'Workflow'
assert workflow.metadata.generateName == 'addition-pipeline-'
assert workflow.spec.templates*.name.containsAll(['add', 'add-2', 'addition-pipeline'])
// checked here against Argo's schema in the shared reference data, independently of the plugin's own copy
System.setProperty('kfp4j.reference', kfp4jReference)
List problems = WorkflowSchema.problems(workflow)
assert problems.isEmpty() : "not a valid Argo workflow: ${problems}"

File spec = new File(basedir, 'target/kfp4j/components/add.component.yaml')
assert spec.isFile() : "kfp4j:compile copied no component spec to ${spec}"
assert new Yaml().load(spec.text).name == 'Add'

String log = new File(basedir, 'build.log').text
assert log.contains('compiled addition-pipeline (2 tasks) to ') : 'kfp4j:compile did not report the pipeline'
assert log =~ /(?m)^\[INFO\]\s+add\s+Output = 11\.0$/ : 'the run did not print add Output = 11.0'
assert log =~ /(?m)^\[INFO\]\s+add-2\s+Output = 19\.0$/ : 'the run did not print add-2 Output = 19.0'
assert log =~ /run \S+ of addition-pipeline \(in-process, experiment Default\)/
// the second build: tasks as processes, started with the launcher from the plugin's own classpath
assert log =~ /run \S+ of addition-pipeline \(subprocess, experiment Default\)/
assert log =~ /(?m)^\[INFO\]\s+add\s+Output = 5\.0$/ : 'the subprocess run did not print add Output = 5.0'
assert log =~ /(?m)^\[INFO\]\s+add-2\s+Output = 7\.0$/ : 'the subprocess run did not print add-2 Output = 7.0'
assert new File(basedir, '.kfp4j').isDirectory() : 'the run was not recorded in the top-level project\'s .kfp4j'
// the third build: -Dkfp4j.target=v2 wrote KFP v2's pipeline spec, not an Argo workflow
File specFile = new File(basedir, 'target/kfp4j/v2/addition-pipeline.yaml')
assert specFile.isFile() : "kfp4j:compile -Dkfp4j.target=v2 wrote no ${specFile}"
Map pipelineSpec = new Yaml().load(specFile.text)
assert pipelineSpec.pipelineInfo.name == 'addition-pipeline'
assert !pipelineSpec.containsKey('kind')
assert log =~ /compiled addition-pipeline \(2 tasks\) to \S+addition-pipeline\.yaml, KFP v2's pipeline spec/
return true
