// A base image that needs no network: a docker save tar of one small layer from scratch, written with jib.
import com.google.cloud.tools.jib.api.Containerizer
import com.google.cloud.tools.jib.api.Jib
import com.google.cloud.tools.jib.api.TarImage
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer
import java.nio.file.Files

File target = new File(basedir, 'target')
target.mkdirs()
File marker = new File(target, 'base.txt')
marker.text = 'the integration test\'s base layer\n'
Jib.fromScratch()
    .addFileEntriesLayer(FileEntriesLayer.builder().setName('base')
        .addEntry(marker.toPath(), AbsoluteUnixPath.get('/etc/base.txt')).build())
    .setEnvironment([PATH: '/opt/java/bin:/bin'])
    .containerize(Containerizer.to(TarImage.at(new File(target, 'base.tar').toPath()).named('kfp4j-it/base:1'))
        .setBaseImageLayersCache(new File(target, 'base-cache/base').toPath())
        .setApplicationLayersCache(new File(target, 'base-cache/app').toPath()))
assert new File(target, 'base.tar').isFile()
return true
