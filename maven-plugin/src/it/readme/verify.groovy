// README.md's project built: its test passed, kfp4j:compile wrote the pipeline, kfp4j:run printed the seed's results.
import groovy.xml.XmlSlurper

File reports = new File(basedir, 'target/surefire-reports')
File[] suites = reports.listFiles({ d, name -> name.startsWith('TEST-') && name.endsWith('.xml') } as FilenameFilter)
assert suites != null && suites.length >= 1 : "README.md's tests ran (reports in ${reports})"
suites.each { report ->
  def suite = new XmlSlurper().parse(report)
  assert suite.@tests.text() != '0' && suite.@failures.text() == '0' && suite.@errors.text() == '0' &&
      suite.@skipped.text() == '0' : "${suite.@name}: ${suite.@tests} tests, ${suite.@failures} failures, ${suite.@errors} errors, ${suite.@skipped} skipped"
}

File workflow = new File(basedir, 'target/kfp4j/pipelines/addition-pipeline.yaml')
assert workflow.isFile() : "kfp4j:compile wrote no ${workflow}"
assert new File(basedir, 'target/classes/com/example/ml/AddOp.class').isFile() : 'the stubs block made typed stubs'

String log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[INFO\]\s+add-2\s+Output = 19\.0$/ : 'kfp4j:run did not print add-2 Output = 19.0'
return true
