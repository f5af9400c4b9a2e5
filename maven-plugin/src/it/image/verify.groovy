// kfp4j:image wrote the image tar and pinned the specs by digest; kfp4j:compile's workflow names that digest.
import org.yaml.snakeyaml.Yaml

String log = new File(basedir, 'build.log').text
def built = log =~ /built kfp4j\/components:latest \(digest (sha256:[0-9a-f]{64})\)/
assert built.find() : 'kfp4j:image did not report the digest'
String pinned = 'kfp4j/components@' + built.group(1)

assert new File(basedir, 'target/image.tar').isFile() : 'no image tar'
Properties pin = new Properties()
new File(basedir, 'target/kfp4j/image.properties').withReader { pin.load(it) }
assert pin.pinned == pinned
assert pin.'original.add.component.yaml' == 'kfp4j/components:latest'

// the spec in the classes (and so in a jar packaged after the image) is pinned too
assert new File(basedir, 'target/classes/META-INF/kfp4j/components/add.component.yaml').text.contains("image: ${pinned}")

Map workflow = new Yaml().load(new File(basedir, 'target/kfp4j/pipelines/addition-pipeline.yaml').text)
List images = workflow.spec.templates.findAll { it.container }.collect { it.container.image }
assert images == [pinned, pinned] : "the workflow names ${images}, not ${pinned}"
assert log.contains("component specs pinned to ${pinned}")
// kfp4j:compile ran twice: in package, before the image (the specs' own image), and after it (pinned)
assert log.findAll(/compiled addition-pipeline \(2 tasks\)/).size() == 2
return true
