// The build failed at kfp4j:compile, with a message naming the pipeline, the task and the input.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('kfp4j-maven-plugin') && log.contains(':compile') : 'the failure is not kfp4j:compile\'s'
assert log.contains('pipeline "broken-pipeline", task "add": the argument of input "a" is null') :
    'the failure does not name the pipeline, the task and the input'
assert !new File(basedir, 'target/kfp4j/pipelines/broken-pipeline.yaml').exists()
return true
