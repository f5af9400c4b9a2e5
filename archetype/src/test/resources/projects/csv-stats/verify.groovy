// Runs after the generated project's "mvn verify": its tests really ran and passed, and what it built is there.
import groovy.xml.XmlSlurper

File project = context.projectDir   // the generated project (the script's own folder is basedir)
File reports = new File(project, 'target/surefire-reports')
File[] suites = reports.listFiles({ d, name -> name.startsWith('TEST-') && name.endsWith('.xml') } as FilenameFilter)
assert suites != null && suites.length == 1 : "one test class's report in ${reports}, found ${suites?.toList()}"
def suite = new XmlSlurper().parse(suites[0])
assert suite.@name.text() == 'com.example.ml.CsvStatsPipelineTest'
assert suite.@tests.text() == '5' : "5 tests ran, not ${suite.@tests}"
assert suite.@failures.text() == '0' && suite.@errors.text() == '0' && suite.@skipped.text() == '0' :
    "all passed: failures ${suite.@failures}, errors ${suite.@errors}, skipped ${suite.@skipped}"

// the processor ran: the three components' specs, and the jar
['load-csv', 'column-stats', 'write-report'].each { name ->
  File spec = new File(project, "target/classes/META-INF/kfp4j/components/${name}.component.yaml")
  assert spec.isFile() : "${spec} was written by kfp4j-processor"
}
assert new File(project, 'target/my-pipelines-1.0.0-SNAPSHOT.jar').isFile()
// kfp4j-maven-plugin's compile goal ran with package: the pipeline as a schema-checked Argo workflow
File workflow = new File(project, 'target/kfp4j/pipelines/csv-stats.yaml')
assert workflow.isFile() : "kfp4j:compile wrote ${workflow}"
assert workflow.text.contains('kind: Workflow')
['README.md', '.gitignore'].each { name -> assert new File(project, name).isFile() : "${name} was generated" }
assert new File(project, '.gitignore').text.contains('.kfp4j/')
return true
